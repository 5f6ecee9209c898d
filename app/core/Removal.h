#pragma once

// Removal requests and the erasure register: the records workflows and screens share.
// Plain values: the store reads and writes them, services and screens pass them around.

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace corroborate {

// The states of a removal request (removal_requests.state). Stable wire names.
namespace RemovalState {
inline const QString Pending = QStringLiteral("pending");
inline const QString Rejected = QStringLiteral("rejected");   // sent back to the proposer
inline const QString Withdrawn = QStringLiteral("withdrawn"); // by the proposer
inline const QString Approved = QStringLiteral("approved");   // then erased with the nominal
} // namespace RemovalState

// One proposal to remove a nominal (docs/DESIGN.md §3). It lives only as long as the nominal: the
// erasure deletes it with the nominal (cascade), and what outlives it is the erasure register.
struct RemovalRequest
{
    qint64 id = 0;
    qint64 nominalId = 0;
    QString reference; // the nominal's reference, read with the request
    QString reasonCode;
    QString note;
    QString proposer;
    QString proposedAt; // UTC ISO 8601
    QString state;      // RemovalState
    QString decidedBy;  // supervisor (rejected, approved) or the proposer (withdrawn)
    QString decidedAt;  // UTC ISO 8601; empty while pending
    QString decisionNote;
    QString evaluationHash; // hex SHA-256 of the evaluation's canonical form (policy/Evaluation.h)
    int version = 0;

    bool isPending() const { return state == RemovalState::Pending; }
};

// One row of the erasure register: what outlives an erased nominal. A pseudonymous reference,
// dates, the reason code, the two people who decided, and the supervisor's signed decision.
// Never a name, date of birth, address, group, note or intelligence text.
struct ErasureRecord
{
    qint64 id = 0;
    QString reference;
    QDate listedOn;
    QString proposedAt; // UTC ISO 8601
    QString approvedAt; // UTC ISO 8601
    QString erasedAt;   // UTC ISO 8601 (the same instant as approvedAt: one transaction)
    QString reasonCode;
    QString proposer;
    QString approver;
    QString signedPayload; // the exact text that was signed (canonical JSON, UTF-8)
    QByteArray signature;  // Ed25519, 64 bytes, over signedPayload's UTF-8 bytes
};

// What the last step of an erasure left behind in the file's write-ahead log.
struct CheckpointResult
{
    bool walMode = false;  // false: the file does not use a write-ahead log
    bool complete = false; // every frame copied back and the log truncated to zero bytes
    int framesLeft = 0;    // frames still in the log when not complete
};

} // namespace corroborate
