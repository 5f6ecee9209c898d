#include "Migrations.h"

#include "Database.h"

#include <array>
#include <string>

namespace corroborate {

namespace {

// Version 1: the whole first-release schema. Dates are ISO 8601 text (they sort correctly);
// times are UTC ISO 8601 with a trailing Z. Every editable row has a version for detecting
// concurrent edits. Tables that outlive an erasure (audit_log, erasures, disclosures) hold
// references only, never a person's details.
constexpr const char* kVersion1 = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL DEFAULT '',
    password_hash   TEXT NOT NULL,
    roles           INTEGER NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT,
    sign_public_key BLOB NOT NULL,
    sign_secret_box BLOB NOT NULL,
    sign_salt       BLOB NOT NULL,
    sign_nonce      BLOB NOT NULL,
    created_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE policies (
    version    INTEGER PRIMARY KEY,
    document   TEXT NOT NULL,
    author     TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE nominals (
    id               INTEGER PRIMARY KEY,
    reference        TEXT NOT NULL UNIQUE,
    surname          TEXT NOT NULL,
    forenames        TEXT NOT NULL DEFAULT '',
    date_of_birth    TEXT,
    gender           TEXT NOT NULL DEFAULT '',
    ethnicity        TEXT NOT NULL DEFAULT '',
    area             TEXT NOT NULL DEFAULT '',
    grp              TEXT NOT NULL DEFAULT '',
    classification   TEXT NOT NULL,
    harm_score       INTEGER,
    listed_on        TEXT NOT NULL,
    last_reviewed_on TEXT,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX nominals_by_name ON nominals (surname, forenames, id);
CREATE INDEX nominals_by_listing ON nominals (listed_on, id);
-- The columns the threshold evaluation reads, so the whole-list pass reads this narrow index
-- rather than every page of the table.
CREATE INDEX nominals_for_evaluation ON nominals (id, reference, classification, harm_score,
    listed_on, last_reviewed_on);

-- Each distinct originator text once, so the evaluation index holds a small number instead of
-- the text (the evaluator compares the texts, normalised, from this table). Rows no item
-- refers to are removed on erasure.
CREATE TABLE originators (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE intelligence (
    id                  INTEGER PRIMARY KEY,
    nominal_id          INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
    provider            TEXT NOT NULL,
    originator          TEXT NOT NULL,
    originator_id       INTEGER NOT NULL REFERENCES originators(id),
    reference           TEXT NOT NULL DEFAULT '',
    obtained_on         TEXT NOT NULL,
    source_evaluation   TEXT NOT NULL,
    assessment          TEXT NOT NULL,
    handling_code       TEXT NOT NULL,
    handling_conditions TEXT NOT NULL DEFAULT '',
    indicates           TEXT NOT NULL,
    summary             TEXT NOT NULL DEFAULT '',
    recorded_by         TEXT NOT NULL,
    recorded_at         TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    -- Compact forms of what the threshold evaluation reads, kept by SQLite itself, so that
    -- the index below fits in the page cache at 2.5 million items: the date as YYYYMMDD, and
    -- the four codes packed into one small number (source evaluation 0-2 in bits 0-1,
    -- assessment A-E 0-4 in bits 2-4, indication 0-3 in bits 5-6, provider 0-2 in bits 7-8;
    -- an unknown code takes the weakest value, so it can never make an item qualify).
    evaluation_day      INTEGER GENERATED ALWAYS AS (
        CAST(strftime('%Y%m%d', obtained_on) AS INTEGER)) STORED,
    evaluation_grade    INTEGER GENERATED ALWAYS AS (
        (CASE source_evaluation WHEN '1' THEN 0 WHEN '2' THEN 1 ELSE 2 END)
        | ((CASE assessment WHEN 'A' THEN 0 WHEN 'B' THEN 1 WHEN 'C' THEN 2 WHEN 'D' THEN 3
            ELSE 4 END) << 2)
        | ((CASE indicates WHEN 'gang_membership' THEN 0 WHEN 'association' THEN 1
            WHEN 'victimisation' THEN 2 ELSE 3 END) << 5)
        | ((CASE provider WHEN 'police' THEN 0 WHEN 'partner_agency' THEN 1 ELSE 2 END) << 7))
        STORED
);
-- Covers every column the threshold evaluation reads, so the whole-list pass never touches
-- the table itself.
CREATE INDEX intelligence_for_evaluation ON intelligence (nominal_id, evaluation_day,
    evaluation_grade, originator_id, id);
CREATE INDEX intelligence_by_originator ON intelligence (originator_id);

CREATE TABLE review_sessions (
    id         INTEGER PRIMARY KEY,
    reviewer   TEXT NOT NULL,
    started_at TEXT NOT NULL,
    queue      TEXT NOT NULL,   -- JSON array of nominal references
    position   INTEGER NOT NULL DEFAULT 0,
    finished_at TEXT
);

CREATE TABLE reviews (
    id             INTEGER PRIMARY KEY,
    nominal_id     INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
    session_id     INTEGER REFERENCES review_sessions(id) ON DELETE SET NULL,
    reviewer       TEXT NOT NULL,
    reviewed_at    TEXT NOT NULL,
    policy_version INTEGER NOT NULL,
    evaluation     TEXT NOT NULL,   -- JSON of the evaluation the reviewer saw
    decision       TEXT NOT NULL CHECK (decision IN ('retain', 'propose_removal', 'defer')),
    reason         TEXT NOT NULL DEFAULT '',
    retain_until   TEXT
);
CREATE INDEX reviews_by_nominal ON reviews (nominal_id, reviewed_at);

CREATE TABLE removal_requests (
    id              INTEGER PRIMARY KEY,
    nominal_id      INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
    reason_code     TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    proposer        TEXT NOT NULL,
    proposed_at     TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('pending', 'rejected', 'withdrawn', 'approved')),
    decided_by      TEXT,
    decided_at      TEXT,
    decision_note   TEXT NOT NULL DEFAULT '',
    evaluation_hash TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX removal_requests_by_state ON removal_requests (state, nominal_id);

-- What outlives an erasure: a pseudonymous reference, dates, the reason code, the two people
-- who decided and the signed decision. No name, date of birth, group or intelligence text.
CREATE TABLE erasures (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL,
    listed_on       TEXT,
    proposed_at     TEXT NOT NULL,
    approved_at     TEXT NOT NULL,
    erased_at       TEXT NOT NULL,
    reason_code     TEXT NOT NULL,
    proposer        TEXT NOT NULL,
    approver        TEXT NOT NULL,
    signed_payload  TEXT NOT NULL,
    signature       BLOB NOT NULL
);

CREATE TABLE disclosures (
    id            INTEGER PRIMARY KEY,
    made_at       TEXT NOT NULL,
    made_by       TEXT NOT NULL,
    kind          TEXT NOT NULL,    -- export, pack_pdf, pack_print
    audience      TEXT NOT NULL DEFAULT '',
    recipient     TEXT NOT NULL,
    lawful_basis  TEXT NOT NULL DEFAULT '',
    purpose       TEXT NOT NULL,
    identifier    TEXT NOT NULL DEFAULT ''
);
-- Which nominals each disclosure included, by reference, so it survives their erasure.
CREATE TABLE disclosure_nominals (
    disclosure_id INTEGER NOT NULL REFERENCES disclosures(id),
    reference     TEXT NOT NULL,
    PRIMARY KEY (reference, disclosure_id)
) WITHOUT ROWID;

-- The audit log (DPA 2018 s.62): append-only, each entry hash-chained to the one before.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    username      TEXT NOT NULL,
    action        TEXT NOT NULL,
    object        TEXT NOT NULL DEFAULT '',
    justification TEXT NOT NULL DEFAULT '',
    details       TEXT NOT NULL DEFAULT '',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_by_object ON audit_log (object, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Name and reference search. Trigram tokens; secure-delete so that a deleted entry leaves no
-- trace in the index's pages.
CREATE VIRTUAL TABLE nominal_search USING fts5 (
    reference, surname, forenames, content='', contentless_delete=1, tokenize='trigram');
INSERT INTO nominal_search (nominal_search, rank) VALUES ('secure-delete', 1);
)SQL";

// Unsaved work kept across a lock or a crash (issue 9): one draft per user, kind and record,
// inside the encrypted file. A draft about a person goes with them when they are erased.
constexpr const char* kDraftsSchema = R"SQL(
CREATE TABLE drafts (
    id          INTEGER PRIMARY KEY,
    username    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    nominal_id  INTEGER REFERENCES nominals(id) ON DELETE CASCADE,
    item_id     INTEGER NOT NULL DEFAULT 0,
    payload     TEXT NOT NULL,
    saved_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX drafts_one_per_thing ON drafts (username, kind, IFNULL(nominal_id, 0), item_id);
CREATE INDEX drafts_by_nominal ON drafts (nominal_id);
)SQL";

// The oversight report (issue 12). Removed people are erased, so at each erasure they are
// added to anonymous tallies: counts by month of erasure, area, ethnicity group, gender, age
// band and removal reason code. No reference, nothing finer than the month; one row per
// combination (no rowid, so the order of erasures is not kept either). The population
// baseline is the administrator's figures per ONS 2021 high-level ethnic group.
constexpr const char* kOversightSchema = R"SQL(
CREATE TABLE oversight_removals (
    month           TEXT NOT NULL,   -- YYYY-MM of the erasure
    area            TEXT NOT NULL,
    ethnicity_group TEXT NOT NULL,
    gender          TEXT NOT NULL,
    age_band        TEXT NOT NULL,
    reason_code     TEXT NOT NULL,
    removed         INTEGER NOT NULL,
    PRIMARY KEY (month, area, ethnicity_group, gender, age_band, reason_code)
) WITHOUT ROWID;

CREATE TABLE oversight_baseline (
    grp        TEXT PRIMARY KEY,
    population INTEGER NOT NULL CHECK (population > 0)
) WITHOUT ROWID;
)SQL";

// The person's own rights (issue 11; DPA 2018 s.45-47, s.173): subject access requests with
// the items withheld from each response, the person's supplementary statements, and
// restrictions. A request keeps the reference it was about (text, like the disclosures), so
// the register outlives an erasure; a request about a reference not in the file has held = 0
// and nothing else about anyone. Statements and restrictions go with the nominal on erasure.
constexpr const char* kRightsSchema = R"SQL(
CREATE TABLE subject_access_requests (
    id             INTEGER PRIMARY KEY,
    reference      TEXT NOT NULL,
    held           INTEGER NOT NULL,
    received_on    TEXT NOT NULL,
    due_on         TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    opened_by      TEXT NOT NULL,
    opened_at      TEXT NOT NULL,
    outcome        TEXT CHECK (outcome IN ('full', 'partial', 'refused')),
    closed_by      TEXT,
    closed_at      TEXT,
    close_note     TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX subject_access_by_reference ON subject_access_requests (reference, state);
CREATE INDEX subject_access_by_state ON subject_access_requests (state, due_on);

CREATE TABLE subject_access_withheld (
    request_id  INTEGER NOT NULL REFERENCES subject_access_requests(id),
    item_id     INTEGER NOT NULL REFERENCES intelligence(id) ON DELETE CASCADE,
    reason_code TEXT NOT NULL,
    withheld_by TEXT NOT NULL,
    withheld_at TEXT NOT NULL,
    PRIMARY KEY (request_id, item_id)
) WITHOUT ROWID;
CREATE INDEX subject_access_withheld_by_item ON subject_access_withheld (item_id);

CREATE TABLE supplementary_statements (
    id          INTEGER PRIMARY KEY,
    nominal_id  INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX supplementary_statements_by_nominal ON supplementary_statements (nominal_id, id);

CREATE TABLE restrictions (
    id            INTEGER PRIMARY KEY,
    nominal_id    INTEGER NOT NULL REFERENCES nominals(id) ON DELETE CASCADE,
    reason_code   TEXT NOT NULL CHECK (reason_code IN ('EVIDENCE', 'ACCURACY_CONTESTED')),
    until_on      TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    restricted_by TEXT NOT NULL,
    restricted_at TEXT NOT NULL,
    lifted_by     TEXT,
    lifted_at     TEXT,
    lift_note     TEXT NOT NULL DEFAULT ''
);
-- At most one restriction in force per nominal.
CREATE UNIQUE INDEX restrictions_in_force ON restrictions (nominal_id) WHERE lifted_at IS NULL;
)SQL";

// Sharing under control (issue 10): the information-sharing agreements register (every change
// a new version row, the old ones kept), each disclosure's agreement, destroy-by date and
// destruction confirmation, and recall notices (DPA 2018 s.48) owed to recipients of earlier
// disclosures. References only, never a person's details.
constexpr const char* kSharingSchema = R"SQL(
CREATE TABLE agreements (
    id             INTEGER PRIMARY KEY,
    number         INTEGER NOT NULL,          -- ISA-<number>
    version        INTEGER NOT NULL,
    partner        TEXT NOT NULL,
    lawful_basis   TEXT NOT NULL,
    purposes       TEXT NOT NULL,             -- JSON array of short texts
    retention_days INTEGER NOT NULL,
    starts_on      TEXT NOT NULL,
    until          TEXT NOT NULL,             -- last day in force
    ended_on       TEXT,                      -- ended early: not in force from this day
    recorded_by    TEXT NOT NULL,
    recorded_at    TEXT NOT NULL,
    UNIQUE (number, version)
);

ALTER TABLE disclosures ADD COLUMN agreement TEXT;  -- ISA-n of partner packs
ALTER TABLE disclosures ADD COLUMN destroy_by TEXT;
ALTER TABLE disclosures ADD COLUMN destroyed_confirmed_on TEXT;
ALTER TABLE disclosures ADD COLUMN destroyed_confirmed_by TEXT;
ALTER TABLE disclosures ADD COLUMN destroyed_note TEXT;
UPDATE disclosures SET destroy_by = date(made_at, '+28 days');

CREATE TABLE recall_notices (
    id            INTEGER PRIMARY KEY,
    disclosure_id INTEGER NOT NULL REFERENCES disclosures(id),
    reference     TEXT NOT NULL,
    event         TEXT NOT NULL CHECK (event IN ('erased', 'restricted', 'corrected')),
    raised_at     TEXT NOT NULL,
    issued_at     TEXT,
    issued_by     TEXT
);
CREATE INDEX recall_notices_pending ON recall_notices (issued_at, disclosure_id);
)SQL";

// Hardening (issue 16): a disclosure streamed out records itself before the first byte leaves
// and says whether it completed.
constexpr const char* kHardeningSchema = R"SQL(
ALTER TABLE disclosures ADD COLUMN state TEXT NOT NULL DEFAULT 'complete'
    CHECK (state IN ('started', 'complete', 'incomplete'));

-- Failed sign-ins, shared by every process, keyed by a keyed hash of the name as typed (the
-- key below), never the name.
CREATE TABLE sign_in_failures (
    name_hash      TEXT PRIMARY KEY,
    failures       INTEGER NOT NULL,
    last_failed_at TEXT NOT NULL,
    locked_until   TEXT
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('sign_in_name_key', lower(hex(randomblob(32))));

-- Free text an erasure can reach (docs/DESIGN.md 15). New audit entries keep their justification
-- and details here; the chain commits to text_commitment, a salted hash of them (entries of
-- the first release keep their text, hashed in, in audit_log). Only those two columns may be
-- rewritten, and only by a redaction, which audit_redactions records.
ALTER TABLE audit_log ADD COLUMN text_commitment TEXT NOT NULL DEFAULT '';
CREATE TABLE audit_text (
    seq           INTEGER PRIMARY KEY, -- audit_log.seq (no foreign key: the log is checked by its chain)
    justification TEXT NOT NULL DEFAULT '',
    details       TEXT NOT NULL DEFAULT '',
    salt          BLOB
);
CREATE TABLE audit_redactions (
    seq        INTEGER PRIMARY KEY, -- audit_log.seq
    erasure_id INTEGER NOT NULL
);
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update
BEFORE UPDATE OF seq, at, username, action, object, prev_hash, hash, text_commitment ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_text_no_delete BEFORE DELETE ON audit_text
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Other nominals' intelligence that mentioned an erased person, for a reviewer to edit (never
-- rewritten by the erasure). Holds references and ids only.
CREATE TABLE erasure_mentions (
    id                INTEGER PRIMARY KEY,
    erasure_id        INTEGER NOT NULL REFERENCES erasures(id),
    nominal_reference TEXT NOT NULL,
    intelligence_id   INTEGER,
    field             TEXT NOT NULL,
    found_at          TEXT NOT NULL,
    resolved_at       TEXT
);
)SQL";

// Intelligence graded under the legacy 5x5x5 scheme (issue 13), kept as graded. The three
// codes as text; legacy_grade is their packed form (1 + source A-E 0-4 + 5 x intelligence 1-5
// 0-4; 0 for an item graded 3x5x2, including one regraded from 5x5x5), written by the
// repository with the codes, and covered by the evaluation index so the whole-list pass
// still never reads the table. A regraded item keeps its original codes with the time and
// user of the regrade.
constexpr const char* kLegacyGradingSchema = R"SQL(
ALTER TABLE intelligence ADD COLUMN legacy_source TEXT;
ALTER TABLE intelligence ADD COLUMN legacy_intelligence TEXT;
ALTER TABLE intelligence ADD COLUMN legacy_handling TEXT;
ALTER TABLE intelligence ADD COLUMN legacy_grade INTEGER NOT NULL DEFAULT 0;
ALTER TABLE intelligence ADD COLUMN legacy_regraded_at TEXT;
ALTER TABLE intelligence ADD COLUMN legacy_regraded_by TEXT;
DROP INDEX intelligence_for_evaluation;
CREATE INDEX intelligence_for_evaluation ON intelligence (nominal_id, evaluation_day,
    evaluation_grade, originator_id, id, legacy_grade);
)SQL";

constexpr std::array<const char*, 7> kMigrations{
    kVersion1,     kOversightSchema, kRightsSchema,       kSharingSchema,
    kDraftsSchema, kHardeningSchema, kLegacyGradingSchema};

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(kMigrations.size());
}

void Migrations::upgrade(Database& db)
{
    int current = static_cast<int>(db.scalarInt("PRAGMA user_version;"));
    while (current < latestVersion()) {
        Transaction tx(db);
        db.exec(kMigrations[static_cast<std::size_t>(current)]);
        ++current;
        const std::string setVersion = "PRAGMA user_version = " + std::to_string(current) + ";";
        db.exec(setVersion.c_str());
        tx.commit();
    }
}

} // namespace corroborate
