#include "ReferenceLookup.h"

#include "Database.h"

namespace corroborate {

ReferenceLookup::ReferenceLookup(Database& db)
    : m_exists(db.handle(), "SELECT 1 FROM nominals WHERE reference = ?;")
    , m_retired(db.handle(), "SELECT 1 FROM erasures WHERE reference = ?;")
{
}

bool ReferenceLookup::exists(const QString& reference)
{
    m_exists.reset();
    m_exists.bind(1, reference);
    const bool found = m_exists.step();
    m_exists.reset();
    return found;
}

bool ReferenceLookup::isRetired(const QString& reference)
{
    m_retired.reset();
    m_retired.bind(1, reference);
    const bool found = m_retired.step();
    m_retired.reset();
    return found;
}

} // namespace corroborate
