#include "SubjectAccessResponse.h"

#include "RightsService.h"
#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "packs/PackBuilder.h"
#include "packs/PackOutput.h"
#include "packs/PackRenderer.h"
#include "policy/Evaluator.h"
#include "store/CaseFile.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "workflow/ThresholdScan.h"

#include <QSet>

namespace corroborate {

namespace {
using H = PackHtml;

QString grid()
{
    return QStringLiteral(
        "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
}

QString pair(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"30%\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString heading(int level, const QString& text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text.toHtmlEscaped());
}

QString para(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

PackFragment page(const QString& html)
{
    return PackFragment{PackFragment::Kind::Notice, PackFragment::Placement::NewPage, -1, html};
}
} // namespace

QString SubjectAccessResponse::agreementOf(const Disclosure& disclosure)
{
    // Partner packs name the information-sharing agreement they were made under (ISA-n);
    // internal packs and exports have none.
    return disclosure.agreement;
}

SubjectAccessContent SubjectAccessResponse::build(CaseFile& file, const User& producer,
                                                  qint64 requestId)
{
    Database& db = file.db();
    SubjectAccessContent c;
    c.request = RightsService(db).requireRequest(requestId);
    PackContent& p = c.pack;
    p.audience = PackAudience::Internal;
    p.asAt = Time::now().toUTC();
    p.identifier = PackBuilder::newIdentifier(p.asAt);
    p.producerUsername = producer.username;
    p.producedBy =
        producer.displayName.trimmed().isEmpty()
            ? producer.username
            : QStringLiteral("%1 (%2)").arg(producer.displayName.trimmed(), producer.username);
    p.marking = PackBuilder::markingOf(file);
    p.synthetic = file.isSynthetic();
    p.recipient = tr("The person the data is about (%1)").arg(c.request.identifier());
    p.lawfulBasis = tr("Data Protection Act 2018, section 45 (right of access)");
    p.purpose = tr("Response to subject access request %1").arg(c.request.identifier());
    p.evaluatedOn = Time::today();

    const Policy policy = ThresholdScan::activePolicy(db);
    p.policyVersion = policy.version;
    p.thresholdRuleInWords = policy.describeInWords();
    c.reviewIntervalDays = policy.reviewIntervalDays;
    c.maxIntelligenceAgeMonths = policy.maxIntelligenceAgeMonths;

    const std::optional<Nominal> nominal =
        c.request.held ? NominalRepository(db).find(c.request.reference) : std::nullopt;
    c.held = nominal.has_value();
    if (!c.held)
        return c;
    p.selectedCount = 1;
    const Evaluator evaluator(policy);
    PackNominal section =
        PackBuilder(file).section(*nominal, evaluator, p.evaluatedOn, PackAudience::Internal);
    QSet<qint64> withheld;
    for (const WithheldItem& w : RightsRepository(db).withheld(c.request.id))
        withheld.insert(w.itemId);
    QList<PackItem> items;
    for (PackItem& item : section.items) {
        if (withheld.contains(item.item.id)) {
            ++c.withheldCount;
            continue;
        }
        if (item.item.provider == Provider::Community)
            item.item.originator.clear(); // never named (the source's protection)
        items << item;
    }
    section.items = items;
    p.nominals << section;
    c.disclosures = DisclosureLog(db).forReference(nominal->reference);
    c.restriction = RightsRepository(db).restrictionFor(nominal->id);
    return c;
}

QString SubjectAccessResponse::documentTitle(const SubjectAccessContent& c)
{
    return tr("Subject access response %1 for %2 (%3)")
        .arg(c.pack.identifier, c.request.identifier(), c.pack.marking);
}

QList<PackFragment> SubjectAccessResponse::fragments(const SubjectAccessContent& c)
{
    const PackContent& p = c.pack;
    const QString none = QStringLiteral("<i>%1</i>").arg(tr("not recorded"));
    QList<PackFragment> out;

    // The letter.
    QString h = QStringLiteral("<h1 class=\"title\">%1</h1>")
                    .arg(tr("Response to a subject access request").toHtmlEscaped());
    if (p.synthetic)
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(tr("SYNTHETIC DATA: every person in this document is invented, for testing "
                         "and training.")
                          .toHtmlEscaped());
    h += grid();
    h += pair(tr("Request"), H::escape(c.request.identifier()));
    h += pair(tr("About the reference"), H::escape(c.request.reference));
    h += pair(tr("Received"), H::escape(H::formatDate(c.request.receivedOn)));
    h += pair(tr("Due"), H::escape(H::formatDate(c.request.dueOn)));
    h += pair(tr("Response identifier"), QStringLiteral("<b>%1</b>").arg(H::escape(p.identifier)));
    h += pair(tr("Protective marking"), H::escape(p.marking));
    h += pair(tr("Produced by"), H::escape(p.producedBy));
    h += pair(tr("As at"), H::escape(H::formatDateTime(p.asAt)));
    h += QStringLiteral("</table>");
    if (!c.held) {
        h += heading(2, tr("Nothing is held"));
        h += para(tr("Corroborate, the system this force uses to keep and review its list of gang "
                     "nominals, holds no personal data about the reference %1. Nobody with that "
                     "reference is on the list, and nothing about them has been shared from it.")
                      .arg(c.request.reference));
    } else {
        h += para(tr("You asked whether we hold personal data about you and, if we do, for a copy. "
                     "We do. This response holds all of it that we are able to give you, what it "
                     "is used for, who it has been shared with, how long it is kept, and your "
                     "rights. Each part starts on a new page."));
        if (c.withheldCount > 0)
            h += para(tr("Some information held about you is not included, as the Data "
                         "Protection Act 2018, section 45(4), allows where giving it would, for "
                         "example, prejudice the prevention or detection of crime or harm the "
                         "rights of others. You may complain about this to the Information "
                         "Commissioner (see the last part)."));
    }
    out << page(h);

    if (c.held) {
        const PackNominal& pn = p.nominals.first();
        const Nominal& n = pn.nominal;
        // Identity, classification, threshold.
        h = heading(1, tr("The data held about you"));
        h += heading(2, tr("Identity"));
        h += grid();
        h += pair(tr("Reference"), H::escape(n.reference));
        h += pair(tr("Surname"), H::escape(n.surname, none));
        h += pair(tr("Forenames"), H::escape(n.forenames, none));
        h += pair(tr("Date of birth"), H::escape(H::formatDate(n.dateOfBirth), none));
        h += pair(tr("Gender"), H::escape(n.gender, none));
        h += pair(tr("Self-defined ethnicity"), H::escape(n.ethnicity, none));
        h += pair(tr("Area"), H::escape(n.area, none));
        h += pair(tr("Group"), H::escape(n.group, none));
        h += pair(tr("Harm score"), n.harmScore ? QString::number(*n.harmScore) : none);
        h += pair(tr("Listed on"), H::escape(H::formatDate(n.listedOn), none));
        h += pair(tr("Last reviewed"), H::escape(H::formatDate(n.lastReviewedOn),
                                                 QStringLiteral("<i>%1</i>").arg(tr("never"))));
        h += QStringLiteral("</table>");
        h += heading(2, tr("How you are recorded"));
        h += QStringLiteral("<p>%1</p>").arg(H::classificationStatement(n.classification));
        h += heading(2, tr("Whether you meet the rule for being on the list"));
        h += para(tr("The rule (threshold policy version %1): %2")
                      .arg(p.policyVersion)
                      .arg(p.thresholdRuleInWords));
        h += QStringLiteral("<p><b>%1.</b> %2</p>")
                 .arg((pn.threshold.meetsThreshold
                           ? tr("You meet the rule")
                           : tr("You do not meet the rule: your removal from the list is due "
                                "to be considered"))
                          .toHtmlEscaped(),
                      tr("Checked on %1; independent qualifying sources: %2.")
                          .arg(H::formatDate(p.evaluatedOn))
                          .arg(pn.threshold.independentSources)
                          .toHtmlEscaped());
        if (!pn.threshold.reasons.isEmpty()) {
            h += para(tr("Reasons:")) + QStringLiteral("<ul>");
            for (const QString& r : pn.threshold.reasons)
                h += QStringLiteral("<li>%1</li>").arg(H::escape(r));
            h += QStringLiteral("</ul>");
        }
        if (c.restriction)
            h += para(
                tr("The use of your data is restricted (%1) until %2: it is kept, but not "
                   "used or shared meanwhile.")
                    .arg(RightsService::restrictionReasonText(c.restriction->reasonCode).toLower(),
                         H::formatDate(c.restriction->until)));
        out << page(h);

        // Intelligence.
        h = heading(1, tr("Intelligence about you"));
        if (pn.items.isEmpty()) {
            h += para(tr("No intelligence about you is included."));
        } else {
            h += para(tr("Each piece of intelligence, with the date it was obtained, the kind of "
                         "source, how it was graded (with what each grade means) and what it "
                         "says. Community sources are never named."));
            h += grid();
            h += QStringLiteral("<thead><tr><th width=\"26%\">%1</th><th width=\"30%\">%2</th>"
                                "<th width=\"44%\">%3</th></tr></thead>")
                     .arg(tr("Item and source").toHtmlEscaped(),
                          tr("Grading (code: meaning)").toHtmlEscaped(),
                          tr("What it indicates and summary").toHtmlEscaped());
            for (int i = 0; i < pn.items.size(); ++i) {
                const IntelligenceItem& it = pn.items.at(i).item;
                QString source = QStringLiteral("<b>%1</b><br/>%2<br/>%3: %4")
                                     .arg(tr("Item %1").arg(i + 1).toHtmlEscaped(),
                                          H::escape(H::formatDate(it.obtainedOn), none),
                                          tr("Provider").toHtmlEscaped(),
                                          Vocabulary::label(it.provider).toHtmlEscaped());
                if (it.provider != Provider::Community)
                    source +=
                        QStringLiteral("<br/>%1: %2")
                            .arg(tr("Source").toHtmlEscaped(), H::escape(it.originator, none));
                const QString grading = H::gradingHtml(it);
                const QString body =
                    H::paragraph(QStringLiteral("<b>%1</b>")
                                     .arg(Vocabulary::label(it.indicates).toHtmlEscaped())) +
                    H::paragraphs(it.summary, QString(), none);
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(source, grading, body);
            }
            h += QStringLiteral("</table>");
        }
        // Reviews and statements.
        h += heading(2, tr("Reviews of your record"));
        if (pn.reviews.isEmpty()) {
            h += para(tr("Your record has not been reviewed yet."));
        } else {
            h += grid();
            h += QStringLiteral("<thead><tr><th width=\"25%\">%1</th><th width=\"20%\">%2</th>"
                                "<th width=\"55%\">%3</th></tr></thead>")
                     .arg(tr("Reviewed").toHtmlEscaped(), tr("Decision").toHtmlEscaped(),
                          tr("Reason").toHtmlEscaped());
            for (const ReviewRecord& r : pn.reviews) {
                QString reason = H::paragraphs(r.reason, QString(), QStringLiteral("&#8212;"));
                if (r.retainUntil.isValid())
                    reason += H::paragraph(
                        tr("Kept until %1").arg(H::formatDate(r.retainUntil)).toHtmlEscaped());
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(H::escape(H::formatStamp(r.reviewedAt)),
                              H::escape(H::decisionLabel(r.decision)), reason);
            }
            h += QStringLiteral("</table>");
        }
        h += heading(2, tr("Your supplementary statements"));
        if (pn.statements.isEmpty())
            h += para(tr("You have not given a supplementary statement. You may: it will be "
                         "attached to your record and printed with it."));
        else
            for (const SupplementaryStatement& s : pn.statements)
                h += H::paragraphs(
                    s.text,
                    QStringLiteral("<b>%1</b> ")
                        .arg(tr("Recorded %1:").arg(H::formatStamp(s.recordedAt)).toHtmlEscaped()));
        out << page(h);

        // Disclosures.
        h = heading(1, tr("Who your data has been shared with"));
        if (c.disclosures.isEmpty()) {
            h += para(tr("Your data has not been shared from Corroborate."));
        } else {
            h += para(tr("Every time data about you left Corroborate (a printed or saved pack, or "
                         "an export), it was recorded. Each is listed here."));
            h += grid();
            h += QStringLiteral("<thead><tr><th width=\"18%\">%1</th><th width=\"30%\">%2</th>"
                                "<th width=\"32%\">%3</th><th width=\"20%\">%4</th></tr></thead>")
                     .arg(tr("Date").toHtmlEscaped(), tr("Recipient").toHtmlEscaped(),
                          tr("Purpose").toHtmlEscaped(), tr("Agreement").toHtmlEscaped());
            for (const Disclosure& d : c.disclosures) {
                const QString agreement = agreementOf(d);
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                         .arg(H::escape(H::formatStamp(d.madeAt)), H::escape(d.recipient),
                              H::escape(d.purpose),
                              H::escape(
                                  agreement,
                                  QStringLiteral("<i>%1</i>").arg(tr("none").toHtmlEscaped())));
            }
            h += QStringLiteral("</table>");
        }
        out << page(h);
    }

    // Purposes, retention and rights.
    h = heading(1, tr("Why the data is held, for how long, and your rights"));
    h += heading(2, tr("Purposes and lawful basis"));
    h += para(tr("Purposes: preventing and detecting crime, and protecting people at risk of "
                 "gang-related violence (law enforcement purposes, Data Protection Act 2018, "
                 "Part 3, section 31)."));
    h += para(tr("Lawful basis: the processing is necessary for a task carried out for those "
                 "purposes by a competent authority, the police (Data Protection Act 2018, "
                 "section 35(2)(b)); details such as ethnicity are sensitive and are processed "
                 "only as section 35(5) and Schedule 8 allow."));
    h += heading(2, tr("How long it is kept"));
    h += para(tr("A record is reviewed at least every %n day(s). Intelligence counts only while "
                 "it is recent (obtained within the last %1 months). Someone who no longer meets "
                 "the rule is proposed for removal and, once a supervisor approves, their data is "
                 "erased from the file.",
                 nullptr, c.reviewIntervalDays)
                  .arg(c.maxIntelligenceAgeMonths));
    if (c.held) {
        const PackThreshold& t = p.nominals.first().threshold;
        h += para(tr("Your record's next review is due on %1.")
                      .arg(t.nextReviewDue.isValid() ? H::formatDate(t.nextReviewDue)
                                                     : tr("the first working day possible")));
    }
    h += heading(2, tr("Your rights"));
    h += QStringLiteral("<ul>");
    for (const QString& right :
         {tr("Rectification (Data Protection Act 2018, section 46): you may ask us to correct "
             "data about you that is inaccurate, or to complete it; you may also give a "
             "supplementary statement to be kept with your record."),
          tr("Erasure (section 47): you may ask us to erase data about you that we should not be "
             "processing."),
          tr("Restriction (section 47): instead of erasure, the use of your data may be "
             "restricted, for example while its accuracy is contested or where it must be kept "
             "as evidence."),
          tr("Complaint: you may complain to the Information Commissioner's Office, Wycliffe "
             "House, Water Lane, Wilmslow, Cheshire SK9 5AF; telephone 0303 123 1113; "
             "ico.org.uk (section 165). You may also apply to a court (section 167).")})
        h += QStringLiteral("<li>%1</li>").arg(right.toHtmlEscaped());
    h += QStringLiteral("</ul>");
    h += para(tr("To use any of these rights, write to the force's data protection officer, "
                 "quoting %1.")
                  .arg(c.request.identifier()));
    out << page(h);
    return out;
}

qint64 SubjectAccessResponse::writePdf(CaseFile& file, const SubjectAccessContent& c,
                                       const QString& path, int* pages)
{
    PackOutput::checkNewPath(path);
    PackRenderer renderer(c.pack, fragments(c), documentTitle(c));
    PackRenderer::Result result;
    const QByteArray pdf = renderer.renderPdf(&result);
    if (pages)
        *pages = result.pages;
    return PackOutput::savePdf(file, pdf, path, [&c](Database& db) {
        Disclosure d;
        d.madeBy = c.pack.producerUsername;
        d.kind = kKind;
        d.audience = kAudience;
        d.recipient = c.pack.recipient;
        d.lawfulBasis = c.pack.lawfulBasis;
        d.purpose = c.pack.purpose;
        d.identifier = c.pack.identifier;
        const qint64 id =
            DisclosureLog(db).record(d, c.held ? QStringList{c.request.reference} : QStringList{});
        AuditLog(db).append(c.pack.producerUsername, RightsAudit::SubjectAccess,
                            c.request.identifier(), QStringLiteral("response"),
                            QStringLiteral("response %1 produced (disclosure %2); %3 item(s) "
                                           "withheld")
                                .arg(c.pack.identifier)
                                .arg(id)
                                .arg(c.withheldCount));
        return id;
    });
}

} // namespace corroborate
