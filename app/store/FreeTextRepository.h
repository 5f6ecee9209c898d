#pragma once

#include "core/FreeText.h"

#include "FreeTextRegistry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace corroborate {

class Database;

// Reads and rewrites the registered free-text fields (FreeTextRegistry.h) for an erasure.
// Writes join the caller's transaction.
class FreeTextRepository
{
public:
    explicit FreeTextRepository(Database& db)
        : m_db(db)
    {
    }

    struct Row
    {
        qint64 key = 0;
        QString text;
    };
    // Rows of `field` whose text contains any of `terms` (ASCII case-insensitive), a first
    // sieve: the caller matches exactly.
    QList<Row> candidates(const FreeTextField& field, const QStringList& terms);
    void replace(const FreeTextField& field, qint64 key, const QString& text);
    // Marks an audit entry's text as redacted by an erasure (and forgets the salt of its
    // hash, so the hash cannot confirm a guess of the old text).
    void markAuditRedacted(qint64 seq, qint64 erasureId);
    QString ownerOf(const FreeTextField& field, qint64 key);
    void addMention(const FreeTextMention& mention);
    QList<FreeTextMention> mentionsFor(qint64 erasureId);

private:
    Database& m_db;
};

} // namespace corroborate
