#pragma once

#include "TestCaseFiles.h"
#include "accounts/User.h"
#include "core/Nominal.h"
#include "store/CaseFile.h"

#include <QTemporaryDir>
#include <memory>

namespace corroborate::test {

// A case file in a temporary folder with the test administrator (all roles), an officer, two
// supervisors (supervisors only) and an administrator without officer or supervisor roles:
// the people of Credentials.h.
class CaseFileFixture
{
public:
    CaseFileFixture();
    ~CaseFileFixture();
    CaseFileFixture(const CaseFileFixture&) = delete;
    CaseFileFixture& operator=(const CaseFileFixture&) = delete;

    bool isValid() const { return m_file != nullptr; }
    const QString& path() const { return m_path; }
    CaseFile& file() { return *m_file; }
    Database& db() { return m_file->db(); }

    User user(const QString& username);
    // Inserts a nominal with its intelligence in its own transaction; returns its id.
    qint64 addNominal(const NominalRecord& record);
    // An information-sharing agreement in force from a year ago to a year ahead, recorded by
    // the administrator (issue 10); returns its identifier (ISA-n).
    QString addAgreement(const QString& partner, const QString& basis, const QStringList& purposes,
                         int retentionDays = 28);
    // A nominal that meets the default policy's threshold (two recent, graded, independent
    // items), and one that does not (one source).
    static NominalRecord meetingThreshold(const QString& reference);
    static NominalRecord belowThreshold(const QString& reference);

    void close() { m_file.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CaseFile> m_file;
};

} // namespace corroborate::test
