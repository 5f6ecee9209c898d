#pragma once

#include "AuditRepository.h"
#include "Database.h"
#include "DisclosureRepository.h"
#include "PolicyRepository.h"
#include "UserRepository.h"
#include "core/Repositories.h"

namespace corroborate {

// A unit of work on a SQLCipher connection: a write transaction (BEGIN IMMEDIATE), rolled
// back unless committed.
class SqlUnitOfWork final : public UnitOfWork
{
public:
    explicit SqlUnitOfWork(Database& db)
        : m_tx(db)
    {
    }
    void commit() override { m_tx.commit(); }

private:
    Transaction m_tx;
};

// The SQLCipher backend of the Store seam (core/Repositories.h), over one open connection.
class SqlStore final : public Store
{
public:
    explicit SqlStore(Database& db)
        : m_db(db)
        , m_users(db)
        , m_audit(db)
        , m_policies(db)
        , m_disclosures(db)
    {
    }
    std::unique_ptr<UnitOfWork> begin() override { return std::make_unique<SqlUnitOfWork>(m_db); }
    AbstractUserRepository& users() override { return m_users; }
    AbstractAuditRepository& audit() override { return m_audit; }
    AbstractPolicyRepository& policies() override { return m_policies; }
    AbstractDisclosureRepository& disclosures() override { return m_disclosures; }

private:
    Database& m_db;
    UserRepository m_users;
    AuditRepository m_audit;
    PolicyRepository m_policies;
    DisclosureRepository m_disclosures;
};

} // namespace corroborate
