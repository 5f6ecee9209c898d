#pragma once

#include "core/Repositories.h"

#include "core/Disclosure.h"

#include <QList>
#include <QStringList>

namespace corroborate {

class Database;

// The rows of the disclosure register (disclosures and the references each one included).
// Defaults and audit entries are DisclosureLog's (app/audit). Writes join the caller's
// transaction.
class DisclosureRepository final : public AbstractDisclosureRepository
{
public:
    explicit DisclosureRepository(Database& db)
        : m_db(db)
    {
    }
    // Inserts a disclosure as given (made_at, destroy_by and state already decided) and links
    // each reference once; returns its id.
    qint64 insert(const Disclosure& disclosure, const QStringList& references) override;
    void setState(qint64 id, const QString& state) override;
    QList<Disclosure> forReference(const QString& reference) override;
    QStringList referencesOf(qint64 disclosureId) override;
    QList<Disclosure> all() override;

private:
    Database& m_db;
};

} // namespace corroborate
