#include "Importer.h"

#include "audit/AuditLog.h"
#include "store/BulkLoader.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "store/ReferenceLookup.h"

#include <algorithm>
#include <tuple>

namespace corroborate {

namespace {
ErrorKind kindOf(const QList<ExchangeProblem>& problems)
{
    const bool invalid = std::any_of(problems.begin(), problems.end(),
                                     [](const auto& p) { return p.kind != ErrorKind::Conflict; });
    return invalid ? ErrorKind::InvalidData : ErrorKind::Conflict;
}

QString messageOf(const QList<ExchangeProblem>& problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const ExchangeProblem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

auto sortKey(const IntelligenceItem& i)
{
    return std::make_tuple(
        i.obtainedOn, static_cast<int>(i.provider), i.originator, i.reference,
        static_cast<int>(i.sourceEvaluation), static_cast<int>(i.assessment),
        static_cast<int>(i.handlingCode), i.handlingConditions, static_cast<int>(i.indicates),
        i.summary, i.legacy ? i.legacy->packed() * 8 + static_cast<int>(i.legacy->handling) : 0);
}
} // namespace

ImportRejected::ImportRejected(QList<ExchangeProblem> problems)
    : Error(kindOf(problems), messageOf(problems))
    , m_problems(std::move(problems))
{
}

bool Importer::sameIntelligence(QList<IntelligenceItem> a, QList<IntelligenceItem> b)
{
    if (a.size() != b.size())
        return false;
    const auto less = [](const IntelligenceItem& x, const IntelligenceItem& y) {
        return sortKey(x) < sortKey(y);
    };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!NominalRepository::changedFields(a[i], b[i]).isEmpty())
            return false;
    }
    return true;
}

QList<ExchangeProblem> Importer::conflicts(const ExchangeDocument& document, bool update)
{
    QList<ExchangeProblem> out;
    ReferenceLookup repo(m_db);
    for (qsizetype i = 0; i < document.records.size(); ++i) {
        const QString& reference = document.records[i].nominal.reference;
        // A reference once erased is retired: reusing it would tie a new person to the old
        // one's erasure record and disclosure history.
        if (!reference.isEmpty() && repo.isRetired(reference)) {
            out.append({QStringLiteral("nominals[%1].reference").arg(i),
                        tr("%1 belonged to a nominal who has been erased; references are never "
                           "reused. Give this person a new reference")
                            .arg(reference),
                        ErrorKind::Conflict});
            continue;
        }
        if (update || reference.isEmpty() || !repo.exists(reference))
            continue;
        out.append({QStringLiteral("nominals[%1].reference").arg(i),
                    tr("%1 already exists in the case file; import with update to replace it, "
                       "or leave it out of the document")
                        .arg(reference),
                    ErrorKind::Conflict});
    }
    return out;
}

ImportSummary Importer::run(const QByteArray& json, const ImportOptions& options)
{
    return run(ExchangeFormat::parse(json), options);
}

ImportSummary Importer::run(const ExchangeDocument& document, const ImportOptions& options,
                            const ImportHooks& hooks)
{
    if (!document.isValid())
        throw ImportRejected(document.problems + conflicts(document, options.update));

    Transaction tx(m_db);
    if (QList<ExchangeProblem> clash = conflicts(document, options.update); !clash.isEmpty())
        throw ImportRejected(std::move(clash));

    NominalRepository repo(m_db);
    // New nominals go in through statements prepared once (the references were checked
    // above, inside this transaction).
    BulkLoader loader(m_db, options.username);
    AuditLog audit(m_db);
    const QString why = QStringLiteral("import");
    ImportSummary summary;
    qint64 done = 0;
    const qint64 total = document.records.size();
    for (const NominalRecord& record : document.records) {
        if (hooks.progress && !hooks.progress(done++, total))
            throw Error(ErrorKind::Usage, tr("The import was cancelled: nothing was written."));
        const QString& reference = record.nominal.reference;
        summary.intelligenceItems += record.intelligence.size();
        if (options.update) {
            if (const std::optional<Nominal> existing = repo.find(reference)) {
                const bool same =
                    NominalRepository::changedFields(*existing, record.nominal).isEmpty() &&
                    sameIntelligence(repo.intelligenceFor(existing->id), record.intelligence);
                if (same) {
                    ++summary.unchanged;
                    continue;
                }
                const QStringList changed = repo.replace(record, options.username);
                audit.append(options.username, AuditAction::Alteration, reference, why,
                             QStringLiteral("imported; changed: ") +
                                 changed.join(QStringLiteral(", ")));
                ++summary.updated;
                continue;
            }
        }
        loader.add(record);
        audit.append(options.username, AuditAction::Collection, reference, why,
                     QStringLiteral("imported"));
        ++summary.added;
    }
    audit.append(options.username, AuditAction::Collection, QStringLiteral("import"), why,
                 QStringLiteral("%1 added, %2 updated, %3 unchanged; %4 intelligence items in "
                                "the document%5")
                         .arg(summary.added)
                         .arg(summary.updated)
                         .arg(summary.unchanged)
                         .arg(summary.intelligenceItems)
                         .arg(options.update ? QStringLiteral("; update mode") : QString()) +
                     hooks.auditNote);
    tx.commit();
    return summary;
}

} // namespace corroborate
