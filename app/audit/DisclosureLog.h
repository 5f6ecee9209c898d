#pragma once

#include "core/Disclosure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace corroborate {

class Database;

class DisclosureLog
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureLog)
public:
    explicit DisclosureLog(Database& db)
        : m_db(db)
    {
    }
    // Records a disclosure and its audit entry within the caller's transaction; returns its id.
    // Without a destroy-by date it gets the active policy's disclosure_retention_days.
    qint64 record(const Disclosure& disclosure, const QStringList& references);
    // Records how a streamed disclosure ended ("complete" or "incomplete"), with an audit
    // entry saying so, within the caller's transaction.
    void finish(qint64 id, const QString& state, const QString& username, const QString& note);
    QList<Disclosure> forReference(const QString& reference);
    QStringList referencesOf(qint64 disclosureId);
    QList<Disclosure> all();
    // The destroy-by date a disclosure made on `madeOn` gets without an agreement.
    static QDate defaultDestroyBy(Database& db, const QDate& madeOn);

private:
    Database& m_db;
};

} // namespace corroborate
