#include "PolicyStore.h"

#include "core/Error.h"
#include "core/Time.h"
#include "store/PolicyRepository.h"

#include <QFile>
#include <QJsonDocument>

namespace corroborate {

QJsonObject PolicyStore::defaultDocument()
{
    QFile file(QStringLiteral(":/policy/default-policy.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Internal, tr("The default policy is missing from this build."));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void PolicyStore::installDefault(const QString& author)
{
    add(defaultDocument(), author);
}

int PolicyStore::add(const QJsonObject& document, const QString& author)
{
    return PolicyRepository(m_db).insertNext(document, author, Time::nowUtc());
}

StoredPolicy PolicyStore::active()
{
    std::optional<StoredPolicy> newest = PolicyRepository(m_db).newest();
    if (!newest)
        throw Error(ErrorKind::NotACaseFile, tr("The case file has no threshold policy."));
    return std::move(*newest);
}

StoredPolicy PolicyStore::version(int number)
{
    std::optional<StoredPolicy> found = PolicyRepository(m_db).version(number);
    if (!found)
        throw Error(ErrorKind::InvalidData, tr("There is no policy version %1.").arg(number));
    return std::move(*found);
}

} // namespace corroborate
