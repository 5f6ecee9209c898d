#pragma once

#include "Statement.h"

#include <QString>

namespace corroborate {

class Database;

// Whether references are taken, for checking many at once (an import checks every reference
// of its document): the two queries are prepared once and reused, where NominalRepository's
// exists() and isRetired() prepare theirs on every call. Read only.
class ReferenceLookup
{
public:
    explicit ReferenceLookup(Database& db);

    // A nominal in the case file has this reference.
    bool exists(const QString& reference);
    // The reference belonged to a nominal who has been erased (references are never reused).
    bool isRetired(const QString& reference);

private:
    Statement m_exists;
    Statement m_retired;
};

} // namespace corroborate
