#include "NominalLookup.h"

#include "store/Database.h"
#include "store/NominalRepository.h"

namespace corroborate {

std::optional<Nominal> NominalLookup::byId(qint64 id)
{
    return NominalRepository(m_db).findById(id);
}

std::optional<Nominal> NominalLookup::byReference(const QString& reference)
{
    return NominalRepository(m_db).find(reference);
}

QString NominalLookup::referenceOf(qint64 id)
{
    const std::optional<Nominal> n = byId(id);
    return n ? n->reference : QString();
}

QStringList NominalLookup::itemReferences(const QString& reference)
{
    ReadTransaction snapshot(m_db);
    NominalRepository nominals(m_db);
    QStringList items;
    if (const std::optional<Nominal> n = nominals.find(reference))
        for (const IntelligenceItem& it : nominals.intelligenceFor(n->id))
            items << (it.reference.trimmed().isEmpty() ? QString::number(it.id) : it.reference);
    return items;
}

} // namespace corroborate
