#pragma once

#include "core/IntelligenceItem.h"
#include "core/Nominal.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace corroborate {

class Database;

// Creating and changing nominals and their intelligence from the app. Each call is one
// transaction: it validates (InvalidData with every problem), saves with the row-version check
// (Conflict saying who changed it and when), and appends the audit entry with the user's
// reason and the names of the fields that changed — never their values. A change whose reason
// is RightsService::rectificationCode() ("RECTIFICATION", or "RECTIFICATION: why") is also
// recorded as a rectification at the person's request (RightsService::recordRectification).
class EditService
{
    Q_DECLARE_TR_FUNCTIONS(EditService)
public:
    EditService(Database& db, QString username);

    qint64 createNominal(const Nominal& nominal, const QString& reason);
    QStringList updateNominal(const Nominal& nominal, const QString& reason);
    qint64 addIntelligence(const Nominal& nominal, const IntelligenceItem& item,
                           const QString& reason);
    QStringList updateIntelligence(const Nominal& nominal, const IntelligenceItem& item,
                                   const QString& reason);
    void removeIntelligence(const Nominal& nominal, const IntelligenceItem& item,
                            const QString& reason);
    // Regrades an item graded under the legacy 5x5x5 scheme to 3x5x2: `item` as read (id,
    // version, legacy) with the new sourceEvaluation, assessment, handlingCode and
    // handlingConditions. One transaction and one audit entry (alteration) naming both grades
    // (codes only); the original legacy grade stays with the item (regradedFrom). InvalidData
    // when the item is not graded 5x5x5 or the new grade is incomplete; Conflict when it
    // changed meanwhile.
    void regradeIntelligence(const Nominal& nominal, const IntelligenceItem& item,
                             const QString& reason);

private:
    void requireReason(const QString& reason) const;
    void noteRectification(const QString& reason, const Nominal& nominal,
                           const QStringList& fields);
    Database& m_db;
    QString m_username;
};

} // namespace corroborate
