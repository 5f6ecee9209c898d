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
    // A check beside the integrity and audit checks (e.g. removal signatures): returns
    // problems. Every one is in the list in CaseFileVerifier.cpp; none registers itself.
    using ExtraCheck = std::function<QStringList(CaseFile&)>;

    explicit CaseFileVerifier(CaseFile& file)
        : m_file(file)
    {
    }
    Report run();

private:
    CaseFile& m_file;
};

} // namespace corroborate
