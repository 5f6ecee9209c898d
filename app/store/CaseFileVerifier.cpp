#include "CaseFileVerifier.h"

#include "CaseFile.h"
#include "audit/AuditLog.h"

namespace corroborate {

namespace {
QList<std::pair<QString, CaseFileVerifier::ExtraCheck>>& extraChecks()
{
    static QList<std::pair<QString, CaseFileVerifier::ExtraCheck>> checks;
    return checks;
}
} // namespace

void CaseFileVerifier::addCheck(const QString& name, ExtraCheck check)
{
    extraChecks().append({name, std::move(check)});
}

CaseFileVerifier::Report CaseFileVerifier::run()
{
    Report report;
    {
        const QStringList problems = m_file.integrityProblems();
        Check c{tr("Page authentication and database integrity"), problems.isEmpty(),
                problems.mid(0, 5).join(QStringLiteral("; "))};
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
        report.checks << Check{name, problems.isEmpty(),
                               problems.mid(0, 5).join(QStringLiteral("; "))};
    }
    return report;
}

} // namespace corroborate
