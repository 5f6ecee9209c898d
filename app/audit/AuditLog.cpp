#include "AuditLog.h"

#include "core/Time.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <sodium.h>

namespace corroborate {

namespace {
struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

// Where an entry's free text lives: in audit_text for entries written since the hardening
// migration (audit_log keeps '' there and the hash commits to a salted hash of the text), in
// audit_log itself for entries written by the first release.
constexpr const char* kSelect =
    "SELECT a.seq, a.at, a.username, a.action, a.object, "
    "coalesce(t.justification, a.justification), coalesce(t.details, a.details), a.prev_hash, "
    "a.hash, a.text_commitment, t.salt, a.justification, a.details, "
    "(SELECT count(*) FROM audit_redactions r WHERE r.seq = a.seq) "
    "FROM audit_log a LEFT JOIN audit_text t ON t.seq = a.seq ";

QString textCommitment(const QByteArray& salt, const QString& justification, const QString& details)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QByteArray& field) {
        h.addData(QByteArray::number(field.size()) + ':');
        h.addData(field);
    };
    add(salt);
    add(justification.toUtf8());
    add(details.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

QString hashOfCommitted(const AuditEntry& e, const QString& commitment)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString& field) {
        const QByteArray utf8 = field.toUtf8();
        h.addData(QByteArray::number(utf8.size()) + ':');
        h.addData(utf8);
    };
    add(QStringLiteral("v2"));
    add(QString::number(e.seq));
    add(e.at);
    add(e.username);
    add(e.action);
    add(e.object);
    add(commitment);
    add(e.prevHash);
    return QString::fromLatin1(h.result().toHex());
}

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
    // The free text goes where an erasure can redact it; the chain commits to a salted hash of
    // it (the salt goes when the text is redacted, so the hash confirms no guess afterwards).
    static const bool sodiumReady = sodium_init() >= 0;
    Q_UNUSED(sodiumReady);
    QByteArray salt(16, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    const QString commitment = textCommitment(salt, justification, details);
    e.hash = hashOfCommitted(e, commitment);
    Statement st = m_db.prepare("INSERT INTO audit_log (seq, at, username, action, object, "
                                "justification, details, prev_hash, hash, text_commitment) "
                                "VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?);");
    st.bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.username)
        .bind(4, e.action)
        .bind(5, e.object)
        .bind(6, e.prevHash)
        .bind(7, e.hash)
        .bind(8, commitment)
        .run();
    Statement text = m_db.prepare(
        "INSERT INTO audit_text (seq, justification, details, salt) VALUES (?, ?, ?, ?);");
    text.bind(1, e.seq).bind(2, justification).bind(3, details).bind(4, salt).run();
}

AuditVerification AuditLog::verify()
{
    AuditVerification result;
    const QByteArray sql = QByteArray(kSelect) + "ORDER BY a.seq;";
    Statement st = m_db.prepare(sql.constData());
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    while (st.step()) {
        const AuditEntry e = readEntry(st);
        const QString commitment = st.text(9);
        const QByteArray salt = st.blob(10);
        const bool textInLog = !st.text(11).isEmpty() || !st.text(12).isEmpty();
        const bool redacted = st.integer(13) > 0;
        ++result.entries;
        QString problem;
        if (e.seq != expectedSeq)
            problem = AuditText::tr("entry %1 is missing (the next entry is %2)")
                          .arg(expectedSeq)
                          .arg(e.seq);
        else if (e.prevHash != expectedPrev)
            problem = AuditText::tr("entry %1 does not follow the entry before it").arg(e.seq);
        else if (commitment.isEmpty() && !redacted && hashOf(e) != e.hash)
            // Written by the first release: the hash covers the text itself. Once an erasure
            // has redacted its text it cannot be recomputed; the chain around it still holds.
            problem = AuditText::tr("entry %1 was altered after it was written").arg(e.seq);
        else if (!commitment.isEmpty() &&
                 (hashOfCommitted(e, commitment) != e.hash || textInLog ||
                  (!redacted && textCommitment(salt, e.justification, e.details) != commitment)))
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
    const QByteArray sql =
        QByteArray(kSelect) +
        (object.isEmpty() ? "WHERE a.seq < ? ORDER BY a.seq DESC LIMIT ?;"
                          : "WHERE a.seq < ? AND a.object = ? ORDER BY a.seq DESC LIMIT ?;");
    Statement st = m_db.prepare(sql.constData());
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
