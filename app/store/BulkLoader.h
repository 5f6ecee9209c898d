#pragma once

#include "Statement.h"
#include "core/Nominal.h"

#include <QHash>
#include <memory>

namespace corroborate {

class Database;

// Fast insertion of many new nominals (demo data, benchmarks): statements are prepared once
// and reused. The caller owns the transaction. References must be new.
class BulkLoader
{
public:
    explicit BulkLoader(Database& db, const QString& username);
    ~BulkLoader();
    BulkLoader(const BulkLoader&) = delete;
    BulkLoader& operator=(const BulkLoader&) = delete;

    // A new file loaded in bulk: a rollback journal costs nothing for fresh pages, while WAL
    // would copy the whole load through the log. beginFreshFileLoad switches to it (and to
    // unsynchronised writes); endFreshFileLoad analyses the tables and goes back to WAL with
    // full synchronisation. Outside any transaction.
    static void beginFreshFileLoad(Database& db);
    static void endFreshFileLoad(Database& db);

    qint64 add(const NominalRecord& record);
    // A review row for a nominal loaded with a last review date (review history in demos).
    void addReview(qint64 nominalId, const QDate& on, const QString& reviewer, int policyVersion);

private:
    qint64 originatorId(const QString& name);

    Database& m_db;
    QString m_username;
    QString m_now;
    Statement m_nominal;
    Statement m_item;
    Statement m_search;
    Statement m_review;
    Statement m_addOriginator;
    Statement m_findOriginator;
    QHash<QString, qint64> m_originators;
};

} // namespace corroborate
