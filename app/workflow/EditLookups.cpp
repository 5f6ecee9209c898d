#include "EditLookups.h"

#include "store/NominalListQueries.h"
#include "store/NominalRepository.h"

namespace corroborate {

std::optional<Nominal> EditLookups::nominal(qint64 id)
{
    return NominalRepository(m_db).findById(id);
}

QList<IntelligenceItem> EditLookups::intelligenceOf(qint64 nominalId)
{
    return NominalRepository(m_db).intelligenceFor(nominalId);
}

std::optional<IntelligenceItem> EditLookups::intelligenceItem(qint64 itemId)
{
    return NominalRepository(m_db).intelligenceItem(itemId);
}

QString EditLookups::nextReference()
{
    return NominalListQueries(m_db).nextReference();
}

QStringList EditLookups::originators(const QString& prefix, int limit)
{
    return NominalRepository(m_db).originators(prefix, limit);
}

} // namespace corroborate
