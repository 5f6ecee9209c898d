#include "ErasureRepository.h"

#include "Database.h"

namespace corroborate {

namespace {
constexpr const char* kColumns = "id, reference, listed_on, proposed_at, approved_at, erased_at, "
                                 "reason_code, proposer, approver, signed_payload, signature";

ErasureRecord readRecord(const Statement& st)
{
    ErasureRecord r;
    r.id = st.integer(0);
    r.reference = st.text(1);
    r.listedOn = st.date(2);
    r.proposedAt = st.text(3);
    r.approvedAt = st.text(4);
    r.erasedAt = st.text(5);
    r.reasonCode = st.text(6);
    r.proposer = st.text(7);
    r.approver = st.text(8);
    r.signedPayload = st.text(9);
    r.signature = st.blob(10);
    return r;
}
} // namespace

qint64 ErasureRepository::insert(const ErasureRecord& r)
{
    Statement st = m_db.prepare(
        "INSERT INTO erasures (reference, listed_on, proposed_at, approved_at, erased_at, "
        "reason_code, proposer, approver, signed_payload, signature) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    st.bind(1, r.reference)
        .bind(2, r.listedOn)
        .bind(3, r.proposedAt)
        .bind(4, r.approvedAt)
        .bind(5, r.erasedAt)
        .bind(6, r.reasonCode)
        .bind(7, r.proposer)
        .bind(8, r.approver)
        .bind(9, r.signedPayload)
        .bind(10, r.signature.isNull() ? QByteArray("") : r.signature)
        .run();
    return m_db.lastInsertId();
}

QList<ErasureRecord> ErasureRepository::page(qint64 afterId, int limit)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM erasures WHERE id > ? ORDER BY id LIMIT ?;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, afterId).bind(2, limit);
    QList<ErasureRecord> out;
    while (st.step())
        out << readRecord(st);
    return out;
}

std::optional<ErasureRecord> ErasureRepository::forReference(const QString& reference)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM erasures WHERE reference = ? ORDER BY id DESC LIMIT 1;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, reference);
    if (!st.step())
        return std::nullopt;
    return readRecord(st);
}

bool ErasureRepository::isErased(const QString& reference)
{
    Statement st = m_db.prepare("SELECT 1 FROM erasures WHERE reference = ? LIMIT 1;");
    st.bind(1, reference);
    return st.step();
}

qint64 ErasureRepository::count()
{
    return m_db.scalarInt("SELECT count(*) FROM erasures;");
}

ErasureRepository::Dependents ErasureRepository::dependentsOf(qint64 nominalId)
{
    Statement st = m_db.prepare("SELECT (SELECT count(*) FROM intelligence WHERE nominal_id = ?1), "
                                "(SELECT count(*) FROM reviews WHERE nominal_id = ?1), "
                                "(SELECT count(*) FROM removal_requests WHERE nominal_id = ?1);");
    st.bind(1, nominalId);
    Dependents d;
    if (st.step()) {
        d.intelligence = st.integer(0);
        d.reviews = st.integer(1);
        d.requests = st.integer(2);
    }
    return d;
}

bool ErasureRepository::secureDeleteIsOn()
{
    if (m_db.scalarInt("PRAGMA secure_delete;") != 1)
        return false;
    // The FTS5 option is stored in the index's config table (k = 'secure-delete').
    Statement st = m_db.prepare("SELECT v FROM nominal_search_config WHERE k = 'secure-delete';");
    return st.step() && st.integer(0) == 1;
}

CheckpointResult ErasureRepository::checkpoint()
{
    CheckpointResult result;
    result.walMode =
        m_db.scalarText("PRAGMA journal_mode;").compare(u"wal", Qt::CaseInsensitive) == 0;
    if (!result.walMode) {
        result.complete = true;
        return result;
    }
    Statement st = m_db.prepare("PRAGMA wal_checkpoint(TRUNCATE);");
    if (st.step()) {
        const bool busy = st.integer(0) != 0;
        const qint64 logFrames = st.integer(1);
        result.complete = !busy && logFrames == 0;
        result.framesLeft = result.complete ? 0 : static_cast<int>(std::max<qint64>(logFrames, 1));
    }
    return result;
}

void ErasureRepository::markScrubPending()
{
    m_db.exec("INSERT INTO meta (key, value) VALUES ('erasure_scrub_pending', '1') "
              "ON CONFLICT (key) DO UPDATE SET value = '1';");
}

void ErasureRepository::setScrubPending(bool pending)
{
    if (pending == scrubPending())
        return;
    Transaction tx(m_db);
    Statement st = m_db.prepare(pending ? "INSERT INTO meta (key, value) VALUES "
                                          "('erasure_scrub_pending', '1') ON CONFLICT (key) DO "
                                          "UPDATE SET value = '1';"
                                        : "DELETE FROM meta WHERE key = 'erasure_scrub_pending';");
    st.run();
    tx.commit();
}

bool ErasureRepository::scrubPending()
{
    Statement st = m_db.prepare("SELECT 1 FROM meta WHERE key = 'erasure_scrub_pending';");
    return st.step();
}

bool ErasureRepository::finishPendingScrub()
{
    try {
        if (!scrubPending())
            return true;
        // Only a short wait for readers here: this runs on every open and close.
        m_db.exec("PRAGMA busy_timeout = 200;");
        bool done = checkpoint().complete;
        if (done) {
            setScrubPending(false);
            checkpoint();
        }
        m_db.exec("PRAGMA busy_timeout = 5000;");
        return done;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace corroborate
