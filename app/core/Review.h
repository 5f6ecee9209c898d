#pragma once

// Reviews and review sessions as the workflows and screens see them.
// Plain values: the store reads and writes them, services and screens pass them around.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

// One stored review (docs/DESIGN.md §3): the evaluation the reviewer saw and what they decided.
struct ReviewRecord
{
    qint64 id = 0;
    qint64 nominalId = 0;
    qint64 sessionId = 0; // 0 when not part of a session
    QString reviewer;
    QString reviewedAt; // UTC ISO 8601
    int policyVersion = 0;
    QString evaluationJson;
    QString decision; // retain | propose_removal | defer
    QString reason;
    QDate retainUntil; // retain only
};

// A review session: its queue of references and how far the reviewer has gone.
struct ReviewSessionRecord
{
    qint64 id = 0;
    QString reviewer;
    QString startedAt;
    QStringList queue;
    int position = 0;
    QString finishedAt; // empty while open
};

} // namespace corroborate
