#include "DisclosureLog.h"

#include "AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "policy/Policy.h"
#include "policy/PolicyStore.h"
#include "store/DisclosureRepository.h"

namespace corroborate {

qint64 DisclosureLog::record(const Disclosure& d, const QStringList& references)
{
    const QString madeAt = d.madeAt.isEmpty() ? Time::nowUtc() : d.madeAt;
    const QDate destroyBy =
        d.destroyBy.isValid()
            ? d.destroyBy
            : defaultDestroyBy(m_db, QDateTime::fromString(madeAt, Qt::ISODate).date());
    Disclosure row = d;
    row.madeAt = madeAt;
    row.destroyBy = destroyBy;
    if (row.state.isEmpty())
        row.state = QStringLiteral("complete");
    const qint64 id = DisclosureRepository(m_db).insert(row, references);
    AuditLog(m_db).append(
        d.madeBy, AuditAction::Disclosure, QStringLiteral("disclosure:%1").arg(id), d.purpose,
        tr("%1 to %2 (%3); basis: %4; %n nominal(s); %5", nullptr,
           static_cast<int>(references.size()))
                .arg(d.kind, d.recipient, d.audience, d.lawfulBasis, d.identifier) +
            (d.agreement.isEmpty() ? QString() : QStringLiteral("; agreement ") + d.agreement) +
            QStringLiteral("; destroy by ") + destroyBy.toString(Qt::ISODate));
    return id;
}

void DisclosureLog::finish(qint64 id, const QString& state, const QString& username,
                           const QString& note)
{
    DisclosureRepository(m_db).setState(id, state);
    AuditLog(m_db).append(username, AuditAction::Disclosure,
                          QStringLiteral("disclosure:%1").arg(id), QString(),
                          QStringLiteral("%1: %2").arg(state, note));
}

QList<Disclosure> DisclosureLog::forReference(const QString& reference)
{
    return DisclosureRepository(m_db).forReference(reference);
}

QStringList DisclosureLog::referencesOf(qint64 disclosureId)
{
    return DisclosureRepository(m_db).referencesOf(disclosureId);
}

QDate DisclosureLog::defaultDestroyBy(Database& db, const QDate& madeOn)
{
    const QDate from = madeOn.isValid() ? madeOn : Time::today();
    int days = Policy().disclosureRetentionDays;
    try {
        days = Policy::fromStored(PolicyStore(db).active()).disclosureRetentionDays;
    } catch (const Error&) {
        // A file without a valid active policy (tests, benchmarks): the default applies.
    }
    return from.addDays(days);
}

QList<Disclosure> DisclosureLog::all()
{
    return DisclosureRepository(m_db).all();
}

} // namespace corroborate
