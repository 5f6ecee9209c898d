#pragma once

#include "core/StoredPolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace corroborate {

class Database;

// The versioned threshold policies kept in the case file. Every change is a new version; old
// versions stay readable because each stored evaluation names the one it used.
class PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(PolicyStore)
public:
    explicit PolicyStore(Database& db)
        : m_db(db)
    {
    }
    // The default policy shipped in resources/policy/default-policy.json.
    static QJsonObject defaultDocument();
    // Stores the default as version 1, within the caller's transaction.
    void installDefault(const QString& author);
    // Stores a new version within the caller's transaction and returns its number. The
    // caller has validated the document.
    int add(const QJsonObject& document, const QString& author);
    StoredPolicy active();
    StoredPolicy version(int number); // throws InvalidData when there is no such version

private:
    Database& m_db;
};

} // namespace corroborate
