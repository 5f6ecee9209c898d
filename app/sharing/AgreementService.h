#pragma once

#include "store/SharingRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;
struct User;

// What an administrator types for an agreement (add or amend).
struct AgreementDraft
{
    QString partner;
    QString lawfulBasis;
    QStringList purposes;
    int retentionDays = 0;
    QDate startsOn;
    QDate until;
};

// The information-sharing agreements register (issue 10): administrators add, amend (a new
// version, the old one kept) and end agreements; everyone reads them; every change is logged.
// A partner pack names an agreement in force on its date and one of its purposes.
class AgreementService
{
    Q_DECLARE_TR_FUNCTIONS(AgreementService)
public:
    static constexpr int kMaxRetentionDays = 3660;

    explicit AgreementService(Database& db)
        : m_db(db)
    {
    }

    // Throws InvalidData naming every problem (blank texts, no purpose, retention outside
    // 1..3660 days, dates missing or the end before the start).
    static void validate(const AgreementDraft& draft);
    // "ISA-3" (any case, spaces trimmed) -> 3.
    static std::optional<int> parseIdentifier(const QString& identifier);

    // Each in its own transaction with its audit entry; NotPermitted unless `actor` is an
    // administrator.
    Agreement add(const AgreementDraft& draft, const User& actor);
    Agreement amend(const QString& identifier, const AgreementDraft& draft, const User& actor);
    // Ends an agreement: not in force from `on` (a new version). InvalidData when already
    // ended on or before that day.
    Agreement end(const QString& identifier, const QDate& on, const User& actor);

    QList<Agreement> list();
    QList<Agreement> versions(const QString& identifier);
    // InvalidData when there is no such agreement.
    Agreement get(const QString& identifier);

    // The agreement a partner pack made on `day` for `purpose` goes under. Throws InvalidData
    // for an unknown agreement or a purpose it does not list, NotPermitted when it is not in
    // force on `day` (ended, or not yet started), each saying what would be needed.
    Agreement forPartnerPack(const QString& identifier, const QString& purpose, const QDate& day);

private:
    static void requireAdministrator(const User& actor);
    Database& m_db;
};

} // namespace corroborate
