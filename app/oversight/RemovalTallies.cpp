#include "RemovalTallies.h"

#include "OversightGroups.h"
#include "core/Nominal.h"
#include "store/OversightRepository.h"

#include <QDateTime>

namespace corroborate {

void RemovalTallies::recordErasure(Database& db, const Nominal& nominal, const QString& reasonCode,
                                   const QString& erasedAtUtc)
{
    QDate on = QDateTime::fromString(erasedAtUtc, Qt::ISODate).toUTC().date();
    if (!on.isValid())
        on = QDate::fromString(erasedAtUtc.left(10), Qt::ISODate);
    RemovalTally t;
    t.month = on.toString(QStringLiteral("yyyy-MM"));
    t.area = OversightGroups::recordedOrNot(nominal.area);
    t.ethnicityGroup = OversightGroups::ethnicityGroupOf(nominal.ethnicity);
    t.gender = OversightGroups::recordedOrNot(nominal.gender);
    t.ageBand = OversightGroups::ageBandOn(nominal.dateOfBirth, on);
    t.reasonCode = reasonCode;
    OversightRepository(db).addRemoval(t);
}

} // namespace corroborate
