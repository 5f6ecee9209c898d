#include "Exporter.h"

#include "ExchangeFormat.h"
#include "audit/DisclosureLog.h"
#include "store/Database.h"
#include "store/NominalRepository.h"

#include <QIODevice>

namespace corroborate {

ExportSummary Exporter::run(QIODevice& out, const ExportOptions& options,
                            const std::function<void()>& beforeCommit)
{
    Transaction tx(m_db);
    NominalRepository repo(m_db);
    ExchangeWriter writer(out);
    ExportSummary summary;
    QStringList references;
    writer.begin();
    QString after;
    for (;;) {
        const QList<Nominal> page = repo.pageByReference(after, kPageSize);
        for (const Nominal& n : page) {
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

    Disclosure d;
    d.madeBy = options.username;
    d.kind = QStringLiteral("export");
    d.audience = QStringLiteral("backup");
    d.recipient = options.recipient.trimmed().isEmpty() ? defaultRecipient() : options.recipient;
    d.purpose = options.purpose.trimmed().isEmpty() ? defaultPurpose() : options.purpose;
    d.lawfulBasis =
        options.lawfulBasis.trimmed().isEmpty() ? defaultLawfulBasis() : options.lawfulBasis;
    d.identifier = (options.identifier.isEmpty() ? tr("standard output") : options.identifier) +
                   QStringLiteral("; full export: flagged and restricted nominals included; "
                                  "%1 intelligence items")
                       .arg(summary.intelligenceItems);
    summary.disclosureId = DisclosureLog(m_db).record(d, references);
    if (beforeCommit)
        beforeCommit();
    tx.commit();
    return summary;
}

} // namespace corroborate
