#pragma once

#include "core/Removal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace corroborate {

class Database;

// The erasure register and the low-level steps that make an erasure leave nothing behind.
// Writes join the caller's transaction, except checkpoint(), which must run after the
// erasure has committed.
class ErasureRepository
{
    Q_DECLARE_TR_FUNCTIONS(ErasureRepository)
public:
    explicit ErasureRepository(Database& db)
        : m_db(db)
    {
    }

    qint64 insert(const ErasureRecord& record);
    // The register in id order, a page at a time (afterId 0: from the start).
    QList<ErasureRecord> page(qint64 afterId, int limit);
    std::optional<ErasureRecord> forReference(const QString& reference);
    bool isErased(const QString& reference);
    qint64 count();

    // Counts of what deleting the nominal will take with it (for the audit entry's details).
    struct Dependents
    {
        qint64 intelligence = 0;
        qint64 reviews = 0;
        qint64 requests = 0;
    };
    Dependents dependentsOf(qint64 nominalId);

    // True when this connection overwrites deleted content (PRAGMA secure_delete) and the
    // search index removes deleted entries in place (FTS5 secure-delete).
    bool secureDeleteIsOn();
    // PRAGMA wal_checkpoint(TRUNCATE): copies every frame back into the file and truncates the
    // log to zero bytes, so no earlier version of a page stays in it. Waits up to the
    // connection's busy timeout for readers in other copies of the app.
    CheckpointResult checkpoint();
    // Whether an erasure's final checkpoint is still owed. The mark is set in the erasure's
    // own transaction (markScrubPending), so a process killed after the commit leaves it
    // behind; it is cleared (in a small transaction of its own) once the checkpoint completes.
    void markScrubPending();
    void setScrubPending(bool pending);
    bool scrubPending();
    // If a scrub is owed: checkpoints; when complete, clears the mark and checkpoints again.
    // Returns true when nothing is owed any more. Never throws.
    bool finishPendingScrub();

private:
    Database& m_db;
};

} // namespace corroborate
