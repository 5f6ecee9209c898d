#pragma once

#include "core/Nominal.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;

// The small reads a dialog or an action makes about one nominal before it asks the user
// something (which nominal is selected, which of its items to choose from), so that screens
// need no repository. Each read is one statement; itemReferences() reads under one snapshot.
// Errors: those of the store (a busy or damaged file).
class NominalLookup
{
public:
    explicit NominalLookup(Database& db)
        : m_db(db)
    {
    }

    std::optional<Nominal> byId(qint64 id);
    std::optional<Nominal> byReference(const QString& reference);
    // The reference of the nominal with `id`; empty when there is none.
    QString referenceOf(qint64 id);
    // The references of the intelligence items of the nominal with `reference` (an item's id
    // where it has no reference), for choosing one; empty when the reference is not in the file.
    QStringList itemReferences(const QString& reference);

private:
    Database& m_db;
};

} // namespace corroborate
