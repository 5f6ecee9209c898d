#include "AuditLog.h"

#include "core/Time.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace corroborate {

namespace {
struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

AuditEntry readEntry(const Statement& st)
{
    AuditEntry e;
    e.seq = st.integer(0);
    e.at = st.text(1);
    e.username = st.text(2);
    e.action = st.text(3);
    e.object = st.text(4);
    e.justification = st.text(5);
    e.details = st.text(6);
    e.prevHash = st.text(7);
    e.hash = st.text(8);
    return e;
}
} // namespace

const QString& AuditLog::genesisHash()
{
    static const QString zero(64, QLatin1Char('0'));
    return zero;
}

QString AuditLog::hashOf(const AuditEntry& e)
{
    // Length-prefixed fields, so no choice of text can make two entries hash alike.
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString& field) {
        const QByteArray utf8 = field.toUtf8();
        h.addData(QByteArray::number(utf8.size()) + ':');
        h.addData(utf8);
    };
    add(QString::number(e.seq));
    add(e.at);
    add(e.username);
    add(e.action);
    add(e.object);
    add(e.justification);
    add(e.details);
    add(e.prevHash);
    return QString::fromLatin1(h.result().toHex());
}

void AuditLog::append(const QString& username, const QString& action, const QString& object,
                      const QString& justification, const QString& details)
{
    AuditEntry e;
    {
        Statement last = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;");
        if (last.step()) {
            e.seq = last.integer(0) + 1;
            e.prevHash = last.text(1);
        } else {
            e.seq = 1;
            e.prevHash = genesisHash();
        }
    }
    e.at = Time::nowUtc();
    e.username = username;
    e.action = action;
    e.object = object;
    e.justification = justification;
    e.details = details;
    e.hash = hashOf(e);
    Statement st = m_db.prepare("INSERT INTO audit_log (seq, at, username, action, object, "
                                "justification, details, prev_hash, hash) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);");
    st.bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.username)
        .bind(4, e.action)
        .bind(5, e.object)
        .bind(6, e.justification)
        .bind(7, e.details)
        .bind(8, e.prevHash)
        .bind(9, e.hash)
        .run();
}

AuditVerification AuditLog::verify()
{
    AuditVerification result;
    Statement st = m_db.prepare("SELECT seq, at, username, action, object, justification, "
                                "details, prev_hash, hash FROM audit_log ORDER BY seq;");
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    while (st.step()) {
        const AuditEntry e = readEntry(st);
        ++result.entries;
        QString problem;
        if (e.seq != expectedSeq)
            problem = AuditText::tr("entry %1 is missing (the next entry is %2)")
                          .arg(expectedSeq)
                          .arg(e.seq);
        else if (e.prevHash != expectedPrev)
            problem = AuditText::tr("entry %1 does not follow the entry before it").arg(e.seq);
        else if (hashOf(e) != e.hash)
            problem = AuditText::tr("entry %1 was altered after it was written").arg(e.seq);
        if (!problem.isEmpty()) {
            result.ok = false;
            result.firstBrokenSeq = e.seq == expectedSeq ? e.seq : expectedSeq;
            result.problem = problem;
            return result;
        }
        expectedPrev = e.hash;
        ++expectedSeq;
    }
    return result;
}

QList<AuditEntry> AuditLog::page(qint64 beforeSeq, int limit, const QString& object)
{
    QList<AuditEntry> out;
    const char* sql =
        object.isEmpty() ? "SELECT seq, at, username, action, object, justification, details, "
                           "prev_hash, hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?;"
                         : "SELECT seq, at, username, action, object, justification, details, "
                           "prev_hash, hash FROM audit_log WHERE seq < ? AND object = ? "
                           "ORDER BY seq DESC LIMIT ?;";
    Statement st = m_db.prepare(sql);
    st.bind(1, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    if (object.isEmpty()) {
        st.bind(2, limit);
    } else {
        st.bind(2, object).bind(3, limit);
    }
    while (st.step())
        out << readEntry(st);
    return out;
}

qint64 AuditLog::count()
{
    return m_db.scalarInt("SELECT count(*) FROM audit_log;");
}

} // namespace corroborate
