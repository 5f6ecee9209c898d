#include "PackBuilder.h"

#include "workflow/ProtectiveMarking.h"

#include "accounts/User.h"
#include "core/Error.h"
#include "core/Time.h"
#include "i18n/Language.h"
#include "policy/Evaluator.h"
#include "sharing/AgreementService.h"
#include "store/CaseFile.h"
#include "store/NominalRepository.h"
#include "store/RemovalRepository.h"
#include "store/ReviewRepository.h"
#include "store/RightsRepository.h"
#include "workflow/ThresholdScan.h"

#include <QRandomGenerator>
#include <QSet>
#include <algorithm>

namespace corroborate {

namespace {
QStringList inWords(const QStringList& codes)
{
    QStringList out;
    out.reserve(codes.size());
    for (const QString& code : codes)
        out << Evaluation::reasonText(code);
    return out;
}
} // namespace

PackBuilder::PackBuilder(CaseFile& file)
    : m_file(file)
{
}

QString PackBuilder::markingOf(const CaseFile& file)
{
    return ProtectiveMarking::of(file);
}

QString PackBuilder::newIdentifier(const QDateTime& utc)
{
    // Letters and digits that cannot be misread for one another on paper.
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString suffix;
    for (int i = 0; i < 4; ++i)
        suffix += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(
            static_cast<quint32>(sizeof(kAlphabet) - 1))]);
    return QStringLiteral("PK-%1-%2")
        .arg(utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")), suffix);
}

void PackBuilder::validate(const PackRequest& request)
{
    if (request.audience == PackAudience::Partner) {
        if (request.agreement.trimmed().isEmpty())
            throw Error(ErrorKind::NotPermitted,
                        tr("A partner pack may be shared only under an information-sharing "
                           "agreement in force today: name one with --agreement ISA-n "
                           "(`agreement list` shows them; an administrator records them)."));
        if (request.purpose.trimmed().isEmpty())
            throw Error(ErrorKind::Usage,
                        tr("Give the purpose (--purpose), one of those the agreement lists."));
        return;
    }
    QStringList missing;
    if (request.recipient.trimmed().isEmpty())
        missing << QStringLiteral("--recipient");
    if (request.lawfulBasis.trimmed().isEmpty())
        missing << QStringLiteral("--basis");
    if (request.purpose.trimmed().isEmpty())
        missing << QStringLiteral("--purpose");
    if (!missing.isEmpty())
        throw Error(ErrorKind::Usage,
                    tr("Name the recipient, the lawful basis and the purpose before a pack leaves "
                       "the file; missing or blank: %1.")
                        .arg(missing.join(QStringLiteral(", "))));
}

QStringList PackBuilder::referencesDueBy(const QDate& date)
{
    if (!date.isValid())
        throw Error(ErrorKind::Usage, tr("The due-by date is not a valid date (YYYY-MM-DD)."));
    QStringList out;
    ThresholdScan scan(m_file.db(), ThresholdScan::activePolicy(m_file.db()));
    scan.run(Time::today(), [&](const Nominal& n, const Evaluation& e) {
        // No known due date means the review is overdue: it is due by any date.
        if (!e.nextReviewDue.isValid() || e.nextReviewDue <= date)
            out << n.reference;
        return true;
    });
    std::sort(out.begin(), out.end());
    return out;
}

QStringList PackBuilder::referencesFlagged()
{
    QStringList out = ThresholdScan(m_file.db(), ThresholdScan::activePolicy(m_file.db()))
                          .flaggedReferences(Time::today());
    std::sort(out.begin(), out.end());
    return out;
}

PackNominal PackBuilder::section(const Nominal& n, const Evaluator& evaluator, const QDate& today,
                                 PackAudience audience)
{
    Database& db = m_file.db();
    NominalRepository nominals(db);
    const bool partner = audience == PackAudience::Partner;
    const QList<IntelligenceItem> items = nominals.intelligenceFor(n.id);
    const Evaluation e = evaluator.evaluate(n, items, today);
    PackNominal pn;
    pn.pendingRemoval = RemovalRepository(db).pendingFor(n.id);
    pn.restricted = e.isFlagged() || pn.pendingRemoval.has_value();
    if (partner && pn.restricted)
        return pn; // left out: nothing more is read
    pn.nominal = n;
    pn.threshold.meetsThreshold = e.meetsThreshold();
    pn.threshold.reviewOverdue = e.reviewOverdue;
    pn.threshold.independentSources = e.independentSources;
    pn.threshold.nextReviewDue = e.nextReviewDue;
    pn.threshold.reasons = inWords(e.reasonCodes());
    for (int i = 0; i < items.size(); ++i) {
        PackItem pi;
        const IntelligenceItem& item = items.at(i);
        const bool legacyWithheld =
            item.legacy && !Grading::sharableWithPartners(item.legacy->handling);
        if (partner && (legacyWithheld || (!item.legacy && item.handlingCode == HandlingCode::C))) {
            // Only what the withheld line prints: no originator, summary or conditions.
            pi.withheld = true;
            pi.item.id = item.id;
            pi.item.handlingCode = item.handlingCode;
            pi.item.legacy = item.legacy;
        } else {
            pi.item = item;
            if (i < e.intelligence.size()) {
                pi.counts = e.intelligence.at(i).counts;
                pi.notCountingReasons = inWords(e.intelligence.at(i).reasonCodes());
            }
        }
        pn.items << pi;
    }
    // Oldest first; the evaluation each review saw is not printed.
    QList<ReviewRecord> history = ReviewRepository(db).historyFor(n.id, kMaxReviews);
    std::reverse(history.begin(), history.end());
    for (ReviewRecord& r : history)
        r.evaluationJson.clear();
    pn.reviews = history;
    pn.statements = RightsRepository(db).statementsFor(n.id);
    return pn;
}

std::optional<Agreement> PackBuilder::agreementFor(const PackRequest& request)
{
    validate(request);
    if (request.audience != PackAudience::Partner)
        return std::nullopt;
    return AgreementService(m_file.db())
        .forPartnerPack(request.agreement, request.purpose, Time::today());
}

PackContent PackBuilder::build(const PackRequest& request, const User& producer)
{
    const std::optional<Agreement> agreement = agreementFor(request);
    const i18n::ScopedLanguage language(request.language); // reasons and rule in its words
    Database& db = m_file.db();
    NominalRepository nominals(db);

    QStringList references;
    QSet<QString> seen;
    for (const QString& r : request.references) {
        const QString ref = r.trimmed();
        if (!ref.isEmpty() && !seen.contains(ref)) {
            seen.insert(ref);
            references << ref;
        }
    }
    // Find every nominal first, so that an unknown reference stops the pack before anything
    // else is read.
    QList<Nominal> found;
    QStringList unknown;
    for (const QString& ref : references) {
        if (std::optional<Nominal> n = nominals.find(ref))
            found << *n;
        else
            unknown << ref;
    }
    if (!unknown.isEmpty())
        throw Error(ErrorKind::InvalidData,
                    tr("No nominal with the reference(s) %1 is in this case file; no pack was "
                       "made. Check the references.")
                        .arg(unknown.join(QStringLiteral(", "))));

    const Policy policy = ThresholdScan::activePolicy(db);
    const Evaluator evaluator(policy);

    PackContent c;
    c.language = request.language;
    c.audience = request.audience;
    c.asAt = Time::now().toUTC();
    c.identifier = newIdentifier(c.asAt);
    c.producerUsername = producer.username;
    c.producedBy =
        producer.displayName.trimmed().isEmpty()
            ? producer.username
            : QStringLiteral("%1 (%2)").arg(producer.displayName.trimmed(), producer.username);
    c.marking = markingOf(m_file);
    c.synthetic = m_file.isSynthetic();
    c.purpose = request.purpose.trimmed();
    if (agreement) {
        c.recipient = agreement->partner;
        c.lawfulBasis = agreement->lawfulBasis;
        c.agreement = agreement->identifier();
        c.destroyBy = Time::today().addDays(agreement->retentionDays);
    } else {
        c.recipient = request.recipient.trimmed();
        c.lawfulBasis = request.lawfulBasis.trimmed();
        c.destroyBy = Time::today().addDays(policy.disclosureRetentionDays);
    }
    c.policyVersion = policy.version;
    c.thresholdRuleInWords = policy.describeInWords();
    c.selectedCount = static_cast<int>(found.size());

    const QDate today = Time::today();
    c.evaluatedOn = today;
    const QSet<qint64> restricted = RightsRepository(db).restrictedIds();
    for (const Nominal& n : found) {
        if (restricted.contains(n.id)) {
            ++c.restrictionLeftOutCount;
            continue;
        }
        PackNominal pn = section(n, evaluator, today, request.audience);
        if (request.audience == PackAudience::Partner && pn.restricted) {
            ++c.withheldCount;
            continue;
        }
        c.nominals << pn;
    }
    return c;
}

} // namespace corroborate
