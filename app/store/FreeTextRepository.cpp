#include "FreeTextRepository.h"

#include "Database.h"

namespace corroborate {

namespace {
QString likePattern(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QList<FreeTextRepository::Row> FreeTextRepository::candidates(const FreeTextField& field,
                                                              const QStringList& terms)
{
    QList<Row> out;
    if (terms.isEmpty())
        return out;
    QByteArray sql = QByteArray("SELECT ") + field.key + ", " + field.column + " FROM " +
                     field.table + " WHERE ";
    for (int i = 0; i < terms.size(); ++i) {
        if (i > 0)
            sql += " OR ";
        sql += QByteArray(field.column) + " LIKE ?" + QByteArray::number(i + 1) + " ESCAPE '\\'";
    }
    sql += ';';
    Statement st = m_db.prepare(sql.constData());
    for (int i = 0; i < terms.size(); ++i)
        st.bind(i + 1, likePattern(terms.at(i)));
    while (st.step())
        out << Row{st.integer(0), st.text(1)};
    return out;
}

void FreeTextRepository::replace(const FreeTextField& field, qint64 key, const QString& text)
{
    const QByteArray sql = QByteArray("UPDATE ") + field.table + " SET " + field.column +
                           " = ? WHERE " + field.key + " = ?;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, text).bind(2, key).run();
}

void FreeTextRepository::markAuditRedacted(qint64 seq, qint64 erasureId)
{
    Statement mark = m_db.prepare("INSERT INTO audit_redactions (seq, erasure_id) VALUES (?, ?) ON "
                                  "CONFLICT (seq) DO NOTHING;");
    mark.bind(1, seq).bind(2, erasureId).run();
    Statement salt = m_db.prepare("UPDATE audit_text SET salt = NULL WHERE seq = ?;");
    salt.bind(1, seq).run();
}

QString FreeTextRepository::ownerOf(const FreeTextField& field, qint64 key)
{
    if (!field.ownerSql)
        return {};
    Statement st = m_db.prepare(field.ownerSql);
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void FreeTextRepository::addMention(const FreeTextMention& m)
{
    Statement st = m_db.prepare(
        "INSERT INTO erasure_mentions (erasure_id, nominal_reference, intelligence_id, field, "
        "found_at) VALUES (?, ?, ?, ?, ?);");
    st.bind(1, m.erasureId)
        .bind(2, m.nominalReference)
        .bind(3, m.intelligenceId)
        .bind(4, m.field)
        .bind(5, m.foundAt)
        .run();
}

QList<FreeTextMention> FreeTextRepository::mentionsFor(qint64 erasureId)
{
    Statement st = m_db.prepare(
        "SELECT id, erasure_id, nominal_reference, coalesce(intelligence_id, 0), field, found_at "
        "FROM erasure_mentions WHERE erasure_id = ? ORDER BY nominal_reference, intelligence_id, "
        "field;");
    st.bind(1, erasureId);
    QList<FreeTextMention> out;
    while (st.step())
        out << FreeTextMention{st.integer(0), st.integer(1), st.text(2),
                               st.integer(3), st.text(4),    st.text(5)};
    return out;
}

} // namespace corroborate
