#include "Evaluator.h"

#include "core/Error.h"

#include <QVarLengthArray>
#include <algorithm>
#include <bit>

namespace corroborate {

namespace {

template <typename E> constexpr quint8 bit(E value)
{
    return static_cast<quint8>(1u << static_cast<unsigned>(value));
}

template <typename E> quint8 mask(const QList<E>& values)
{
    quint8 m = 0;
    for (E v : values)
        m |= bit(v);
    return m;
}

// Reads the normalised form of an originator one code point at a time, without building it:
// white space at either end skipped, each inner run of white space read as one U+0020, every
// other code point case-folded.
class NormalisedReader
{
public:
    explicit NormalisedReader(QStringView s)
        : m_s(s)
    {
    }
    // Resumes at pos, after a prefix that held no white space (started: the prefix was not
    // empty).
    NormalisedReader(QStringView s, qsizetype pos)
        : m_s(s)
        , m_pos(pos)
        , m_started(pos > 0)
    {
    }

    // The next code point, or false at the end. Reads each code unit once.
    bool next(char32_t& out)
    {
        if (m_held) { // the character after an inner run of white space
            m_held = false;
            out = m_heldChar;
            return true;
        }
        bool sawSpace = false;
        while (m_pos < m_s.size()) {
            const char32_t c = raw();
            if (isSpace(c)) {
                sawSpace = true;
                continue;
            }
            if (sawSpace && m_started) {
                m_held = true;
                m_heldChar = fold(c);
                out = U' ';
                return true;
            }
            m_started = true;
            out = fold(c);
            return true;
        }
        return false; // the end; white space at the end is dropped
    }

private:
    // ASCII first: originators are nearly always ASCII, and QChar's tables are out of line.
    static bool isSpace(char32_t c)
    {
        if (c < 0x80)
            return c == U' ' || (c >= U'\t' && c <= U'\r');
        return QChar::isSpace(c);
    }
    static char32_t fold(char32_t c)
    {
        if (c < 0x80)
            return c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c;
        return QChar::toCaseFolded(c);
    }

    // The code point at m_pos, advancing past it. A lone surrogate reads as itself.
    char32_t raw()
    {
        const char16_t c = m_s[m_pos++].unicode();
        if (QChar::isHighSurrogate(c) && m_pos < m_s.size() &&
            QChar::isLowSurrogate(m_s[m_pos].unicode()))
            return QChar::surrogateToUcs4(c, m_s[m_pos++].unicode());
        return c;
    }

    QStringView m_s;
    qsizetype m_pos = 0;
    char32_t m_heldChar = 0;
    bool m_held = false;
    bool m_started = false;
};

// A cheap fingerprint of an originator's normalised form for a quick "certainly different":
// its first and last non-white-space characters, ASCII-folded, 16 bits each; a part is 0
// ("could be anything") when that character is not ASCII, since case folding can map other
// characters onto ASCII letters (U+212A KELVIN SIGN folds to k).
quint32 fingerprint(QStringView s)
{
    auto asciiFolded = [](char16_t c) -> quint32 {
        if (c >= 0x80)
            return 0;
        return c >= u'A' && c <= u'Z' ? quint32(c) + 0x20 : quint32(c);
    };
    auto isAsciiSpace = [](char16_t c) {
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    };
    qsizetype first = 0;
    while (first < s.size() && isAsciiSpace(s[first].unicode()))
        ++first;
    qsizetype last = s.size() - 1;
    while (last >= first && isAsciiSpace(s[last].unicode()))
        --last;
    if (last < first)
        return 0xffffffffu; // blank, or only ASCII white space: normalised empty
    return asciiFolded(s[first].unicode()) << 16 | asciiFolded(s[last].unicode());
}

bool certainlyDifferent(quint32 a, quint32 b)
{
    if (a == b)
        return false;
    // Blank against a string known to hold a visible ASCII character. (A string whose ends are
    // not ASCII may be only non-ASCII white space, which normalises to blank too.)
    if (a == 0xffffffffu)
        return b != 0;
    if (b == 0xffffffffu)
        return a != 0;
    const quint32 firstA = a >> 16, firstB = b >> 16, lastA = a & 0xffff, lastB = b & 0xffff;
    return (firstA && firstB && firstA != firstB) || (lastA && lastB && lastA != lastB);
}

// asOf.addMonths(-months), remembered per thread for the last evaluation date: a streaming
// pass evaluates everyone on one date.
QDate windowStart(const QDate& asOf, int months)
{
    thread_local QDate cachedAsOf;
    thread_local int cachedMonths = 0;
    thread_local QDate cachedStart;
    if (asOf != cachedAsOf || months != cachedMonths) {
        cachedStart = asOf.addMonths(-months);
        cachedAsOf = asOf;
        cachedMonths = months;
    }
    return cachedStart;
}

} // namespace

Evaluator::Evaluator(const Policy& policy)
    : m_eligible(mask(policy.eligibleClassifications))
    , m_sources(mask(policy.qualifyingSourceEvaluations))
    , m_assessments(mask(policy.qualifyingAssessments))
    , m_indications(mask(policy.qualifyingIndications))
    , m_legacySources(mask(policy.qualifyingLegacySourceEvaluations))
    , m_legacyAssessments(mask(policy.qualifyingLegacyAssessments))
    , m_maxAgeMonths(policy.maxIntelligenceAgeMonths)
    , m_minSources(policy.minIndependentSources)
    , m_reviewIntervalDays(policy.reviewIntervalDays)
    , m_policyVersion(policy.version)
    , m_requireDistinctProviders(policy.requireDistinctProviderCategories)
    , m_removeZeroHarm(policy.removeZeroHarm)
{
}

QString Evaluator::normalisedOriginator(QStringView originator)
{
    QString out;
    out.reserve(originator.size());
    NormalisedReader reader(originator);
    char32_t c = 0;
    while (reader.next(c)) {
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(static_cast<char16_t>(c));
        }
    }
    return out;
}

bool Evaluator::sameOriginator(QStringView a, QStringView b)
{
    if (a == b)
        return true;
    // Fast path over the common prefix of printable ASCII that is equal ignoring case: it holds
    // no white space, so the general readers can resume right after it.
    const qsizetype shorter = std::min(a.size(), b.size());
    qsizetype k = 0;
    for (; k < shorter; ++k) {
        const char16_t x = a[k].unicode();
        const char16_t y = b[k].unicode();
        if (x <= 0x20 || x >= 0x7f || y <= 0x20 || y >= 0x7f)
            break;
        if (x != y && !((x | 0x20) == (y | 0x20) && (x | 0x20) >= u'a' && (x | 0x20) <= u'z'))
            break;
    }
    if (k == a.size() && k == b.size())
        return true;
    NormalisedReader ra(a, k);
    NormalisedReader rb(b, k);
    char32_t ca = 0;
    char32_t cb = 0;
    for (;;) {
        const bool moreA = ra.next(ca);
        const bool moreB = rb.next(cb);
        if (moreA != moreB)
            return false;
        if (!moreA)
            return true;
        if (ca != cb)
            return false;
    }
}

Evaluation Evaluator::evaluate(const Nominal& nominal, const QList<IntelligenceItem>& intelligence,
                               const QDate& asOf) const
{
    Evaluation out;
    evaluate(nominal, intelligence, asOf, out);
    return out;
}

void Evaluator::evaluate(const Nominal& nominal, const QList<IntelligenceItem>& intelligence,
                         const QDate& asOf, Evaluation& out) const
{
    if (!asOf.isValid())
        throw Error(ErrorKind::Usage,
                    tr("The evaluation date is not a valid date: give it as YYYY-MM-DD."));

    out.nominalId = nominal.id;
    out.reference = nominal.reference;
    out.asOf = asOf;
    out.policyVersion = m_policyVersion;

    // Review: due review_interval_days after the last review, or the listing if never reviewed.
    const QDate base = nominal.lastReviewedOn.isValid() ? nominal.lastReviewedOn : nominal.listedOn;
    out.nextReviewDue = base.isValid() ? base.addDays(m_reviewIntervalDays) : QDate();
    out.reviewOverdue = !out.nextReviewDue.isValid() || asOf > out.nextReviewDue;

    // Each item on its own merits. The window's first day counts (>=).
    const QDate oldestCounted = windowStart(asOf, m_maxAgeMonths);
    // Results overwritten in place: no per-item allocation when `out` is reused.
    out.intelligence.resize(intelligence.size());
    ItemEvaluation* const results = out.intelligence.data(); // detaches once, if shared
    QVarLengthArray<qsizetype, 32> qualifying;
    for (qsizetype i = 0; i < intelligence.size(); ++i) {
        const IntelligenceItem& item = intelligence.at(i);
        ItemReasons reasons;
        quint8 legacyGrade = 0;
        if (item.legacy) {
            if (!(m_legacySources & bit(item.legacy->source)))
                reasons |= ItemReason::LegacySourceNotReliableEnough;
            if (!(m_legacyAssessments & bit(item.legacy->intelligence)))
                reasons |= ItemReason::LegacyAssessmentTooWeak;
            legacyGrade = static_cast<quint8>(item.legacy->packed());
        } else {
            if (!(m_sources & bit(item.sourceEvaluation)))
                reasons |= ItemReason::SourceNotReliableEnough;
            if (!(m_assessments & bit(item.assessment)))
                reasons |= ItemReason::AssessmentTooWeak;
        }
        if (!item.obtainedOn.isValid() || item.obtainedOn < oldestCounted)
            reasons |= ItemReason::IntelligenceTooOld;
        if (!(m_indications & bit(item.indicates)))
            reasons |= ItemReason::NotEvidenceOfMembership;
        ItemEvaluation& result = results[i];
        result.itemId = item.id;
        result.reference = item.reference;
        result.counts = false;
        result.reasons = reasons;
        result.legacyGrade = legacyGrade;
        if (!reasons)
            qualifying.append(i);
    }

    // Most recent first; each originator counts once, through its first item in this order.
    std::sort(qualifying.begin(), qualifying.end(), [&](qsizetype l, qsizetype r) {
        const IntelligenceItem& a = intelligence.at(l);
        const IntelligenceItem& b = intelligence.at(r);
        if (a.obtainedOn != b.obtainedOn)
            return a.obtainedOn > b.obtainedOn;
        if (a.id != b.id)
            return a.id < b.id;
        if (const int c = a.reference.compare(b.reference); c != 0)
            return c < 0;
        return l < r;
    });
    // Direct comparison: different originators nearly always differ in their first
    // characters, so it stops early; a nominal has few items.
    QVarLengthArray<std::pair<qsizetype, quint32>, 16> counting; // item, fingerprint
    quint8 providers = 0;
    for (const qsizetype i : qualifying) {
        const QString& originator = intelligence.at(i).originator;
        const quint32 print = fingerprint(originator);
        const bool duplicate =
            std::any_of(counting.cbegin(), counting.cend(), [&](const auto& counted) {
                return !certainlyDifferent(counted.second, print) &&
                       sameOriginator(intelligence.at(counted.first).originator, originator);
            });
        if (duplicate) {
            results[i].reasons |= ItemReason::DuplicateOriginator;
        } else {
            counting.append({i, print});
            results[i].counts = true;
            providers |= bit(intelligence.at(i).provider);
        }
    }
    out.independentSources = static_cast<int>(counting.size());

    NominalReasons reasons;
    if (!(m_eligible & bit(nominal.classification))) {
        switch (nominal.classification) {
        case Classification::Victim:
            reasons |= NominalReason::RecordedAsVictim;
            break;
        case Classification::AtRisk:
            reasons |= NominalReason::RecordedAsAtRisk;
            break;
        case Classification::SuspectedOffender:
            reasons |= NominalReason::ClassificationNotEligible;
            break;
        }
    }
    if (qualifying.isEmpty())
        reasons |= NominalReason::NoQualifyingIntelligence;
    else if (out.independentSources < m_minSources)
        reasons |= NominalReason::InsufficientIndependentSources;
    if (m_requireDistinctProviders && !counting.isEmpty() && std::popcount(providers) < 2)
        reasons |= NominalReason::SingleProviderCategory;
    if (m_removeZeroHarm && nominal.harmScore.has_value() && *nominal.harmScore == 0)
        reasons |= NominalReason::ZeroHarmScore;
    if (out.reviewOverdue)
        reasons |= NominalReason::ReviewOverdue;
    out.reasons = reasons;

    NominalReasons belowReasons = reasons;
    belowReasons.setFlag(NominalReason::ReviewOverdue, false);
    out.status = belowReasons ? ThresholdStatus::BelowThreshold : ThresholdStatus::MeetsThreshold;
}

Evaluation evaluate(const Nominal& nominal, const QList<IntelligenceItem>& intelligence,
                    const Policy& policy, const QDate& asOf)
{
    return Evaluator(policy).evaluate(nominal, intelligence, asOf);
}

} // namespace corroborate
