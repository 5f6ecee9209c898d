#include "CaseFileVerifier.h"

#include "CaseFile.h"
#include "Database.h"
#include "audit/AuditLog.h"

namespace corroborate {

namespace {
QList<std::pair<QString, CaseFileVerifier::ExtraCheck>>& extraChecks()
{
    static QList<std::pair<QString, CaseFileVerifier::ExtraCheck>> checks;
    return checks;
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

void CaseFileVerifier::addCheck(const QString& name, ExtraCheck check)
{
    extraChecks().append({name, std::move(check)});
}

CaseFileVerifier::Report CaseFileVerifier::run()
{
    Report report;
    // One snapshot for every check, so rows another process commits meanwhile cannot make
    // two checks disagree.
    ReadTransaction snapshot(m_file.db());
    {
        const QStringList problems = m_file.integrityProblems();
        Check c{tr("Page authentication and database integrity"), problems.isEmpty(),
                summarise(problems)};
        report.checks << c;
    }
    {
        const AuditVerification audit = AuditLog(m_file.db()).verify();
        Check c{tr("Audit log hash chain"), audit.ok,
                audit.ok
                    ? tr("%n entries", nullptr, static_cast<int>(audit.entries))
                    : tr("broken at entry %1: %2").arg(audit.firstBrokenSeq).arg(audit.problem)};
        report.checks << c;
    }
    for (const auto& [name, check] : extraChecks()) {
        const QStringList problems = check(m_file);
        report.checks << Check{name, problems.isEmpty(), summarise(problems)};
    }
    return report;
}

} // namespace corroborate
