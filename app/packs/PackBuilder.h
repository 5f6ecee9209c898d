#pragma once

#include "PackContent.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace corroborate {

class CaseFile;
class Evaluator;
struct User;

// What a pack is asked for: which nominals, for whom, and why (issue 6).
struct PackRequest
{
    PackAudience audience = PackAudience::Internal;
    QStringList references; // in print order; duplicates are dropped
    QString recipient;      // required, non-empty
    QString lawfulBasis;    // required, non-empty
    QString purpose;        // required, non-empty
    QString language;       // "cy" or "en_GB" (i18n/Language.h); empty: the process's language
};

// Reads everything a pack prints from the case file and applies the audience's rules. Runs on
// the thread that owns the case file's connection; the result is plain data for PackRenderer.
//
// Rules applied here:
// - Every nominal is evaluated under the active policy as at today (policy/Evaluator.h); the
//   status, its reasons and each item's reasons are put into words.
// - Restricted = below the threshold, or a removal proposal awaiting a supervisor. Partner
//   packs leave restricted nominals out (only their number is kept, for the cover) and mark
//   handling-code-C items as withheld (their details are not even copied into the content).
// - A nominal whose processing is restricted at the person's request (DPA 2018 s.47) is in no
//   pack at all: only their number is kept (restrictionLeftOutCount).
// - The protective marking is the case file's meta "protective_marking" (in capitals), or
//   OFFICIAL-SENSITIVE.
class PackBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PackBuilder)
public:
    static constexpr int kDestroyAfterDays = 28;
    static constexpr int kMaxReviews = 1000; // per nominal, most recent

    explicit PackBuilder(CaseFile& file);

    // Batch selections, by one streaming pass over the file (memory: one nominal at a time,
    // plus the references chosen), in reference order.
    // Nominals whose next review is due on or before `date` (under the active policy).
    QStringList referencesDueBy(const QDate& date);
    // Nominals below the threshold as at today.
    QStringList referencesFlagged();

    // Throws Error(Usage) when recipient, basis or purpose is blank, Error(InvalidData) naming
    // every reference that is not in the file. Nothing is recorded: see PackOutput.
    PackContent build(const PackRequest& request, const User& producer);

    // One nominal's section as `audience` sees it: evaluated as at `today` under `evaluator`,
    // with its items, reviews and supplementary statements.
    PackNominal section(const Nominal& nominal, const Evaluator& evaluator, const QDate& today,
                        PackAudience audience);

    static void validate(const PackRequest& request);
    // PK-YYYYMMDD-HHMMSS-XXXX: the UTC time and four random characters.
    static QString newIdentifier(const QDateTime& utc);
    static QString markingOf(const CaseFile& file);

private:
    CaseFile& m_file;
};

} // namespace corroborate
