#pragma once

#include "core/Nominal.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;

// The small reads the edit dialogs make before and while they edit (EditService makes the
// changes): the record as it stands, the next free reference, originators to offer.
class EditLookups
{
public:
    explicit EditLookups(Database& db)
        : m_db(db)
    {
    }
    std::optional<Nominal> nominal(qint64 id);
    QList<IntelligenceItem> intelligenceOf(qint64 nominalId);
    std::optional<IntelligenceItem> intelligenceItem(qint64 itemId);
    // The next free reference of the form N-000123.
    QString nextReference();
    // Distinct originators already in the file starting with `prefix`, for offering while
    // typing.
    QStringList originators(const QString& prefix, int limit);

private:
    Database& m_db;
};

} // namespace corroborate
