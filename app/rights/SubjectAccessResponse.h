#pragma once

#include "audit/DisclosureLog.h"
#include "packs/PackContent.h"
#include "packs/PackHtml.h"
#include "store/RightsRepository.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace corroborate {

class CaseFile;
struct User;

// Everything a subject access response prints, as plain values (build on the thread that owns
// the case file; render anywhere).
struct SubjectAccessContent
{
    // The marking, identifier, producer, time and synthetic flag of a pack, and (when anything
    // is held) the person's section: every item except those withheld from this request, with
    // the originator of community intelligence cleared.
    PackContent pack;
    SubjectAccessRequest request;
    bool held = false; // a nominal with the reference is in the file now
    int withheldCount = 0;
    QList<Disclosure> disclosures; // earlier disclosures that included the person, oldest first
    std::optional<Restriction> restriction;
    int reviewIntervalDays = 0;
    int maxIntelligenceAgeMonths = 0;
};

// The response to a subject access request (DPA 2018 s.45; issue 11): a PDF marked and
// paginated like every pack (PackRenderer), holding everything held on the person except the
// items withheld under s.45(4) — identity, classification in words, each item's date, provider
// category, grading meanings and summary (never the originator of community intelligence), the
// threshold result and its reasons, the review history, supplementary statements — then every
// earlier disclosure that included them, the purposes and lawful basis of the processing,
// retention and the next review, and the person's rights. A request about a reference not held
// gets a response that says only that nothing is held. The response is recorded as a
// disclosure to the person (kind "subject_access_response", audience "data_subject").
class SubjectAccessResponse
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessResponse)
public:
    static inline const QString kKind = QStringLiteral("subject_access_response");
    static inline const QString kAudience = QStringLiteral("data_subject");

    // InvalidData for an unknown request.
    static SubjectAccessContent build(CaseFile& file, const User& producer, qint64 requestId);
    static QList<PackFragment> fragments(const SubjectAccessContent& content);
    static QString documentTitle(const SubjectAccessContent& content);
    // Renders, saves at `path` (never over a file: Conflict) and records the disclosure and
    // its audit entry, both or neither. Returns the disclosure id; `pages` gets the page count.
    static qint64 writePdf(CaseFile& file, const SubjectAccessContent& content, const QString& path,
                           int* pages = nullptr);
    // The agreement an earlier disclosure was made under, in words; empty when none.
    static QString agreementOf(const Disclosure& disclosure);
};

} // namespace corroborate
