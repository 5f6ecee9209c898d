#include "PolicyRepository.h"

#include "Database.h"

#include <QJsonDocument>

namespace corroborate {

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

int PolicyRepository::insertNext(const QJsonObject& document, const QString& author,
                                 const QString& at)
{
    const int next = static_cast<int>(m_db.scalarInt("SELECT coalesce(max(version), 0) + 1 "
                                                     "FROM policies;"));
    Statement st = m_db.prepare(
        "INSERT INTO policies (version, document, author, created_at) VALUES (?, ?, ?, ?);");
    st.bind(1, next)
        .bind(2, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)))
        .bind(3, author)
        .bind(4, at)
        .run();
    return next;
}

std::optional<StoredPolicy> PolicyRepository::newest()
{
    Statement st = m_db.prepare("SELECT version, document, author, created_at FROM policies "
                                "ORDER BY version DESC LIMIT 1;");
    if (!st.step())
        return std::nullopt;
    return readPolicy(st);
}

std::optional<StoredPolicy> PolicyRepository::version(int number)
{
    Statement st = m_db.prepare(
        "SELECT version, document, author, created_at FROM policies WHERE version = ?;");
    st.bind(1, number);
    if (!st.step())
        return std::nullopt;
    return readPolicy(st);
}

} // namespace corroborate
