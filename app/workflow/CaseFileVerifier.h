#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace corroborate {

class CaseFile;

// Everything `verify` checks, in one place so the CLI and the app report the same: page
// authentication and integrity, the audit chain, and the signatures of removal decisions.
class CaseFileVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileVerifier)
public:
    struct Check
    {
        QString name;
        bool ok = true;
        QString detail;
    };
    struct Report
    {
        QList<Check> checks;
        bool ok() const
        {
            return std::all_of(checks.cbegin(), checks.cend(), [](const Check& c) { return c.ok; });
        }
    };
    // An extra check contributed by a feature (e.g. removal signatures): returns problems.
    using ExtraCheck = std::function<QStringList(CaseFile&)>;
    static void addCheck(const QString& name, ExtraCheck check);

    explicit CaseFileVerifier(CaseFile& file)
        : m_file(file)
    {
    }
    Report run();

private:
    CaseFile& m_file;
};

} // namespace corroborate
