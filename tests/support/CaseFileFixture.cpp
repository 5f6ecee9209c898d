#include "CaseFileFixture.h"

#include "core/Time.h"
#include "sharing/AgreementService.h"

#include "accounts/Accounts.h"
#include "store/NominalRepository.h"

namespace corroborate::test {

CaseFileFixture::CaseFileFixture()
{
    if (!m_dir.isValid())
        return;
    m_path = m_dir.filePath(QStringLiteral("removal.corroborate"));
    m_file = makeCaseFile(m_path);
    Transaction tx(m_file->db());
    Accounts accounts(m_file->db());
    accounts.create(kOfficer, kOfficerName, Secret(kOfficerPassword), Roles().add(Role::Officer));
    accounts.create(kSupervisor, kSupervisorName, Secret(kSupervisorPassword),
                    Roles().add(Role::Supervisor));
    accounts.create(kSupervisor2, kSupervisor2Name, Secret(kSupervisor2Password),
                    Roles().add(Role::Supervisor));
    accounts.create(kAdminOnly, kAdminOnlyName, Secret(kAdminOnlyPassword),
                    Roles().add(Role::Administrator));
    tx.commit();
}

CaseFileFixture::~CaseFileFixture() = default;

QString CaseFileFixture::addAgreement(const QString& partner, const QString& basis,
                                      const QStringList& purposes, int retentionDays)
{
    AgreementDraft draft;
    draft.partner = partner;
    draft.lawfulBasis = basis;
    draft.purposes = purposes;
    draft.retentionDays = retentionDays;
    draft.startsOn = Time::today().addYears(-1);
    draft.until = Time::today().addYears(1);
    return AgreementService(m_file->db()).add(draft, user(kAdmin)).identifier();
}

User CaseFileFixture::user(const QString& username)
{
    return Accounts(m_file->db()).find(username).value();
}

qint64 CaseFileFixture::addNominal(const NominalRecord& record)
{
    Transaction tx(m_file->db());
    const qint64 id = NominalRepository(m_file->db()).insert(record, kAdmin);
    tx.commit();
    return id;
}

NominalRecord CaseFileFixture::meetingThreshold(const QString& reference)
{
    return syntheticNominal(reference, 2);
}

NominalRecord CaseFileFixture::belowThreshold(const QString& reference)
{
    return syntheticNominal(reference, 1);
}

void CaseFileFixture::reopen()
{
    m_file.reset();
    m_file = CaseFile::open(m_path, Secret(kPassphrase));
}

} // namespace corroborate::test
