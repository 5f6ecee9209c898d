#pragma once

#include "core/Repositories.h"

#include "core/StoredPolicy.h"

#include <optional>

namespace corroborate {

class Database;

// The rows of the versioned threshold policies (table policies). Checking a document and
// choosing what to store are PolicyStore's (app/policy). Writes join the caller's transaction.
class PolicyRepository final : public AbstractPolicyRepository
{
public:
    explicit PolicyRepository(Database& db)
        : m_db(db)
    {
    }
    // Stores the document as the next version and returns its number.
    int insertNext(const QJsonObject& document, const QString& author, const QString& at) override;
    std::optional<StoredPolicy> newest() override;
    std::optional<StoredPolicy> version(int number) override;

private:
    Database& m_db;
};

} // namespace corroborate
