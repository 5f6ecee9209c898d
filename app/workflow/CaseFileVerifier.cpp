#include "CaseFileVerifier.h"

#include "ErasureService.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "store/CaseFile.h"
#include "store/Database.h"

namespace corroborate {

namespace {
// The checks after the page and audit checks, in the order `verify` prints them.
QList<std::pair<QString, CaseFileVerifier::ExtraCheck>> extraChecks()
{
    return {
        {QStringLiteral("Erasures complete"), &ErasureService::scrubProblems},
        {QStringLiteral("Signed removal decisions"),
         [](CaseFile& file) {
             return ErasureService::verifySignatures(file);
         }},
    };
}
} // namespace

namespace {
// The first few problems, a line each, and how many more: enough to act on, short enough to
// read.
QString summarise(const QStringList& problems)
{
    QStringList lines;
    for (const QString& p : problems)
        lines << p.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString text = lines.mid(0, 3).join(QStringLiteral("; "));
    if (lines.size() > 3)
        text += CaseFileVerifier::tr(" (and %n more)", nullptr, static_cast<int>(lines.size() - 3));
    return text;
}
} // namespace

CaseFileVerifier::Report CaseFileVerifier::run()
{
    Report report;
    {
        // Each of its checks reads one snapshot of its own (and a damaged page leaves the
        // connection unusable until that read ends, so it runs before the snapshot below).
        const QStringList problems = m_file.integrityProblems();
        Check c{tr("Page authentication and database integrity"), problems.isEmpty(),
                summarise(problems)};
        report.checks << c;
    }
    // One snapshot for the other checks, so rows another process commits meanwhile cannot
    // make two checks disagree. A check that cannot run is a failure, not an abort.
    ReadTransaction snapshot(m_file.db());
    {
        AuditVerification audit;
        try {
            audit = AuditLog(m_file.db()).verify();
        } catch (const Error& e) {
            audit.ok = false;
            audit.problem = e.message();
        }
        Check c{tr("Audit log hash chain"), audit.ok,
                audit.ok
                    ? tr("%n entries", nullptr, static_cast<int>(audit.entries))
                    : tr("broken at entry %1: %2").arg(audit.firstBrokenSeq).arg(audit.problem)};
        report.checks << c;
    }
    for (const auto& [name, check] : extraChecks()) {
        QStringList problems;
        try {
            problems = check(m_file);
        } catch (const Error& e) {
            problems << e.message();
        }
        report.checks << Check{name, problems.isEmpty(), summarise(problems)};
    }
    return report;
}

} // namespace corroborate
