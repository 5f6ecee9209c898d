#include "AuditLog.h"

#include "core/Time.h"
#include "store/AuditRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <sodium.h>

namespace corroborate {

namespace {
struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

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
    AuditRepository rows(m_db);
    AuditEntry e;
    if (const std::optional<AuditRepository::Tail> last = rows.tail()) {
        e.seq = last->seq + 1;
        e.prevHash = last->hash;
    } else {
        e.seq = 1;
        e.prevHash = genesisHash();
    }
    e.at = Time::nowUtc();
    e.username = username;
    e.action = action;
    e.object = object;
    e.justification = justification;
    e.details = details;
    // The free text goes where an erasure can redact it; the chain commits to a salted hash of
    // it (the salt goes when the text is redacted, so the hash confirms no guess afterwards).
    static const bool sodiumReady = sodium_init() >= 0;
    Q_UNUSED(sodiumReady);
    QByteArray salt(16, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    const QString commitment = textCommitment(salt, justification, details);
    e.hash = hashOfCommitted(e, commitment);
    rows.insert(e, commitment, salt);
}

AuditVerification AuditLog::verify()
{
    AuditVerification result;
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    AuditRepository(m_db).forEach([&](const AuditRepository::Stored& stored) {
        const AuditEntry& e = stored.entry;
        const QString& commitment = stored.textCommitment;
        const bool redacted = stored.redacted;
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
                 (hashOfCommitted(e, commitment) != e.hash || stored.textInLog ||
                  (!redacted &&
                   textCommitment(stored.salt, e.justification, e.details) != commitment)))
            problem = AuditText::tr("entry %1 was altered after it was written").arg(e.seq);
        if (!problem.isEmpty()) {
            result.ok = false;
            result.firstBrokenSeq = e.seq == expectedSeq ? e.seq : expectedSeq;
            result.problem = problem;
            return false;
        }
        expectedPrev = e.hash;
        ++expectedSeq;
        return true;
    });
    return result;
}

QList<AuditEntry> AuditLog::page(qint64 beforeSeq, int limit, const QString& object)
{
    return AuditRepository(m_db).page(beforeSeq, limit, object);
}

qint64 AuditLog::count()
{
    return AuditRepository(m_db).count();
}

} // namespace corroborate
