#include "PolicyStore.h"

#include "core/Error.h"
#include "core/Time.h"
#include "store/Database.h"

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
    const int next = static_cast<int>(m_db.scalarInt("SELECT coalesce(max(version), 0) + 1 "
                                                     "FROM policies;"));
    Statement st = m_db.prepare(
        "INSERT INTO policies (version, document, author, created_at) VALUES (?, ?, ?, ?);");
    st.bind(1, next)
        .bind(2, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)))
        .bind(3, author)
        .bind(4, Time::nowUtc())
        .run();
    return next;
}

namespace {
StoredPolicy readPolicy(const Statement& st)
{
    StoredPolicy p;
    p.version = static_cast<int>(st.integer(0));
    p.document = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
    p.author = st.text(2);
    p.createdAt = st.text(3);
    return p;
}
} // namespace

StoredPolicy PolicyStore::active()
{
    Statement st = m_db.prepare("SELECT version, document, author, created_at FROM policies "
                                "ORDER BY version DESC LIMIT 1;");
    if (!st.step())
        throw Error(ErrorKind::NotACaseFile, tr("The case file has no threshold policy."));
    return readPolicy(st);
}

StoredPolicy PolicyStore::version(int number)
{
    Statement st = m_db.prepare(
        "SELECT version, document, author, created_at FROM policies WHERE version = ?;");
    st.bind(1, number);
    if (!st.step())
        throw Error(ErrorKind::InvalidData, tr("There is no policy version %1.").arg(number));
    return readPolicy(st);
}

} // namespace corroborate
