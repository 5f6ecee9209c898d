#include "Exporter.h"

#include "ExchangeFormat.h"
#include "audit/DisclosureLog.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "store/RightsRepository.h"

#include "core/Error.h"

#include <QIODevice>
#include <QSet>

namespace corroborate {

ExportSummary Exporter::run(QIODevice& out, const ExportOptions& options,
                            const std::function<void()>& beforeCommit)
{
    Transaction tx(m_db);
    NominalRepository repo(m_db);
    const QSet<qint64> restricted = RightsRepository(m_db).restrictedIds();
    ExchangeWriter writer(out);
    ExportSummary summary;
    QStringList references;
    writer.begin();
    QString after;
    for (;;) {
        const QList<Nominal> page = repo.pageByReference(after, kPageSize);
        for (const Nominal& n : page) {
            if (restricted.contains(n.id))
                continue; // restricted (DPA 2018 s.47): only backups and subject access
            const NominalRecord record = repo.record(n);
            writer.write(record);
            references << n.reference;
            ++summary.nominals;
            summary.intelligenceItems += record.intelligence.size();
        }
        if (page.size() < kPageSize)
            break;
        after = page.last().reference;
    }
    writer.end();

    const Disclosure d = disclosureFor(options, summary.intelligenceItems);
    summary.disclosureId = DisclosureLog(m_db).record(d, references);
    if (beforeCommit)
        beforeCommit();
    tx.commit();
    return summary;
}

Disclosure Exporter::disclosureFor(const ExportOptions& options, qint64 items) const
{
    Disclosure d;
    d.madeBy = options.username;
    d.kind = QStringLiteral("export");
    d.audience = QStringLiteral("backup");
    d.recipient = options.recipient.trimmed().isEmpty() ? defaultRecipient() : options.recipient;
    d.purpose = options.purpose.trimmed().isEmpty() ? defaultPurpose() : options.purpose;
    d.lawfulBasis =
        options.lawfulBasis.trimmed().isEmpty() ? defaultLawfulBasis() : options.lawfulBasis;
    d.identifier =
        (options.identifier.isEmpty() ? tr("standard output") : options.identifier) +
        (items >= 0 ? QStringLiteral("; full export: flagged nominals included, restricted "
                                     "(s.47) ones left out; %1 intelligence items")
                          .arg(items)
                    : QStringLiteral("; full export: flagged nominals included, restricted "
                                     "(s.47) ones left out"));
    return d;
}

ExportSummary Exporter::runStreaming(QIODevice& out, const ExportOptions& options,
                                     const std::function<void()>& finish)
{
    ExportSummary summary;
    QStringList references;
    {
        Transaction tx(m_db);
        NominalRepository repo(m_db);
        const QSet<qint64> restricted = RightsRepository(m_db).restrictedIds();
        QString after;
        for (;;) {
            const QList<Nominal> page = repo.pageByReference(after, kPageSize);
            for (const Nominal& n : page)
                if (!restricted.contains(n.id)) // s.47: only backups and subject access
                    references << n.reference;
            if (page.size() < kPageSize)
                break;
            after = page.last().reference;
        }
        Disclosure d = disclosureFor(options, -1);
        d.state = QStringLiteral("started");
        summary.disclosureId = DisclosureLog(m_db).record(d, references);
        tx.commit();
    }
    const auto finishAs = [&](const QString& state, const QString& note) {
        Transaction tx(m_db);
        DisclosureLog(m_db).finish(summary.disclosureId, state, options.username, note);
        tx.commit();
    };
    try {
        // Only what the disclosure lists, read in one snapshot.
        const QSet<QString> listed(references.cbegin(), references.cend());
        ReadTransaction snapshot(m_db);
        NominalRepository repo(m_db);
        ExchangeWriter writer(out);
        writer.begin();
        QString after;
        for (;;) {
            const QList<Nominal> page = repo.pageByReference(after, kPageSize);
            for (const Nominal& n : page) {
                if (!listed.contains(n.reference))
                    continue;
                const NominalRecord record = repo.record(n);
                writer.write(record);
                ++summary.nominals;
                summary.intelligenceItems += record.intelligence.size();
            }
            if (page.size() < kPageSize)
                break;
            after = page.last().reference;
        }
        writer.end();
        if (finish)
            finish();
    } catch (const Error& e) {
        const QString note = tr("the output stopped after %n nominal(s): ", nullptr,
                                static_cast<int>(summary.nominals)) +
                             e.message();
        try {
            finishAs(QStringLiteral("incomplete"), note);
        } catch (const Error&) {
            // The disclosure stays "started", which also reads as not completed.
        }
        throw;
    }
    finishAs(QStringLiteral("complete"),
             tr("%n nominal(s)", nullptr, static_cast<int>(summary.nominals)) +
                 QStringLiteral(", %1 intelligence items").arg(summary.intelligenceItems));
    return summary;
}

} // namespace corroborate
