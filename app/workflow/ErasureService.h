#pragma once

#include "audit/DisclosureLog.h"
#include "store/ErasureRepository.h"
#include "store/FreeTextRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

class CaseFile;
class Database;
struct Nominal;

// What a supervisor signs when approving a removal (issue 5): the request, the nominal's
// reference, the reason, the proposer, the approver, the time, and the hash of the evaluation
// shown at the time. Never the proposal's note or any of the person's details: the signed
// text is kept in the erasure register, which outlives the person's data.
//
// Its signed form is canonical JSON (policy/CanonicalJson.h: sorted keys, no white space):
//   {"approved_at":"2026-11-27T10:00:00Z","approver":"sam","approver_public_key":"<64 hex>",
//    "evaluation_hash":"<64 hex>","format":"corroborate-removal-decision","listed_on":
//    "2025-01-10","policy_version":1,"proposed_at":"...Z","proposer":"olive","reason_code":
//    "BELOW_THRESHOLD","reference":"N-000123","request_id":12,"version":1}
// listed_on is null when unknown. The Ed25519 signature is over exactly these bytes.
struct RemovalDecision
{
    Q_DECLARE_TR_FUNCTIONS(RemovalDecision)
public:
    static constexpr int kFormatVersion = 1;

    qint64 requestId = 0;
    QString reference;
    QDate listedOn;
    QString reasonCode;
    QString proposer;
    QString proposedAt; // UTC ISO 8601
    QString approver;
    QString approvedAt;           // UTC ISO 8601
    QByteArray approverPublicKey; // raw 32 bytes
    QString evaluationHash;       // hex SHA-256 of Evaluation::canonicalJson()
    int policyVersion = 0;

    QByteArray canonicalPayload() const;
    // Reads a signed payload back. Returns nullopt and sets *problem when it is not a decision
    // of this format in canonical form.
    static std::optional<RemovalDecision> fromPayload(const QString& payload, QString* problem);

    friend bool operator==(const RemovalDecision&, const RemovalDecision&) = default;
};

// One entry of the erasure register as shown to people: the record, whether its signature
// verifies, and the disclosures made earlier that included the nominal, so the recipients can
// be asked to destroy what they hold (DPA 2018 s.48).
struct ErasureRegisterEntry
{
    ErasureRecord record;
    QString signatureProblem; // empty when the signed decision verifies
    QList<Disclosure> disclosures;
};

// Erasure: the nominal and everything derived from it leave the case file and its free
// pages; what remains is one register entry and audit entries holding references only.
//
// What is deleted, in the caller's transaction: the nominals row (its name index entries with
// it), by cascade its intelligence (and covering index entries), reviews and removal requests
// (their notes included), and its search index entry. secure_delete (set on every
// connection, checked before erasing) overwrites freed cells and freed pages with zeros; the
// search index has FTS5 secure-delete, so its entries are removed in place rather than
// masked by delete markers. After commit, scrub() checkpoints the write-ahead log with
// TRUNCATE, so no earlier version of any page remains in the log file.
class ErasureService
{
    Q_DECLARE_TR_FUNCTIONS(ErasureService)
public:
    explicit ErasureService(Database& db)
        : m_db(db)
    {
    }

    // Within the caller's write transaction: deletes the nominal with everything derived from
    // it, writes the register entry and the audit entry (reference only). Throws Internal
    // when secure delete is not on (nothing is deleted then). Returns the stored record.
    ErasureRecord erase(const Nominal& nominal, const RemovalDecision& decision,
                        const QString& signedPayload, const QByteArray& signature,
                        const QString& actor);

    // After the erasure has committed, outside any transaction: checkpoints the write-ahead
    // log with TRUNCATE. Returns problems (empty when the file
    // holds nothing more of the erased): a checkpoint blocked by another copy of the app that
    // is reading is reported, and completes when that copy closes the file.
    QStringList scrub();

    // Other nominals' intelligence that mentioned the person erased by `erasureId`, listed for
    // a reviewer (never rewritten by the erasure).
    QList<FreeTextMention> mentionsFor(qint64 erasureId);

    QList<ErasureRegisterEntry> registerEntries();
    std::optional<ErasureRegisterEntry> entryFor(const QString& reference);

    // The problem with one register entry's signed decision, or an empty string when it
    // verifies: the signature against the approver's stored Ed25519 key, the signed fields
    // against the register's columns (reference, listed_on, proposed_at, approved_at,
    // erased_at, reason_code, proposer, approver), the key in the decision against the
    // approver's, and the four-eyes rule (approver is not the proposer).
    QString verify(const ErasureRecord& record);
    // Every register entry's problem, one line each; empty when all verify. `verify`
    // (CaseFileVerifier) runs this as its "Signed removal decisions" check.
    QStringList verifySignatures();
    static QStringList verifySignatures(CaseFile& file);
    // `verify`'s "Erasures complete" check: a problem when an erasure's scrub is pending.
    static QStringList scrubProblems(CaseFile& file);

private:
    Database& m_db;
};

} // namespace corroborate
