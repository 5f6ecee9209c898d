#include "PackHtml.h"

#include "InterpretationNotice.h"
#include "core/Grading.h"
#include "i18n/Language.h"
#include "workflow/RemovalService.h"

#include <QLocale>
#include <QTimeZone>

namespace corroborate {

namespace {

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"28%\">%1</td><td>%2</td></tr>")
        .arg(label, valueHtml);
}

QString row4(const QString& l1, const QString& v1, const QString& l2, const QString& v2)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"17%\">%1</td><td width=\"33%\">%2</td>"
                          "<td class=\"label\" width=\"17%\">%3</td><td width=\"33%\">%4</td></tr>")
        .arg(l1, v1, l2, v2);
}

QString gridOpen()
{
    return QStringLiteral(
        "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
}

QString dash()
{
    return QStringLiteral("&#8212;");
}

} // namespace

QString PackHtml::escape(const QString& text, const QString& ifEmpty)
{
    if (text.trimmed().isEmpty())
        return ifEmpty;
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return out;
}

QString PackHtml::paragraph(const QString& html)
{
    return QStringLiteral("<p class=\"c\">%1</p>").arg(html);
}

QString PackHtml::paragraphs(const QString& text, const QString& leadHtml, const QString& ifEmpty)
{
    if (text.trimmed().isEmpty())
        return paragraph(leadHtml + ifEmpty);
    QString out;
    QString rest = text;
    bool first = true;
    while (!rest.isEmpty()) {
        qsizetype cut = rest.size();
        if (rest.size() > kParagraphChars) {
            // The last sentence end, else the last space, within the limit; else a hard cut.
            cut = rest.lastIndexOf(QStringLiteral(". "), kParagraphChars);
            if (cut > kParagraphChars / 2)
                cut += 2;
            else if ((cut = rest.lastIndexOf(QLatin1Char(' '), kParagraphChars)) > 0)
                cut += 1;
            else
                cut = kParagraphChars;
        }
        out += paragraph((first ? leadHtml : QString()) + escape(rest.left(cut)));
        rest = rest.mid(cut);
        first = false;
    }
    return out;
}

QString PackHtml::audienceWireName(PackAudience audience)
{
    return audience == PackAudience::Partner ? QStringLiteral("partner")
                                             : QStringLiteral("internal");
}

QString PackHtml::audienceLabel(PackAudience audience)
{
    return audience == PackAudience::Partner ? tr("Partner pack") : tr("Internal pack");
}

QString PackHtml::classificationStatement(Classification c)
{
    switch (c) {
    case Classification::SuspectedOffender:
        return tr("Suspected offender.");
    case Classification::AtRisk:
        return tr("<b>AT RISK.</b> This person is recorded as a person at risk, not as a "
                  "suspected offender.");
    case Classification::Victim:
        return tr("<b>VICTIM.</b> This person is recorded as a victim, not as a suspected "
                  "offender.");
    }
    return {};
}

QString PackHtml::statusLabel(const PackNominal& n)
{
    QString s = n.threshold.meetsThreshold ? tr("Meets the threshold")
                                           : tr("Below the threshold: flagged for removal");
    if (n.pendingRemoval)
        s += QStringLiteral("; ") + tr("removal awaiting a supervisor's decision");
    return s;
}

QString PackHtml::decisionLabel(const QString& wire)
{
    if (wire == u"retain")
        return tr("Retain");
    if (wire == u"propose_removal")
        return tr("Removal proposed");
    if (wire == u"defer")
        return tr("Deferred");
    return wire;
}

QString PackHtml::handlingLine(const PackContent& c, const QString& purpose)
{
    if (c.audience == PackAudience::Partner)
        return tr("Supplied to %1 under %2 for: %3. Destroy by %4.")
            .arg(c.recipient, c.agreement, purpose.isEmpty() ? c.purpose : purpose,
                 formatDate(c.destroyBy));
    return tr("Internal: not to be shared. Destroy by %1.").arg(formatDate(c.destroyBy));
}

QString PackHtml::formatDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return i18n::locale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString PackHtml::formatDateTime(const QDateTime& utc)
{
    const QDateTime u = utc.toUTC();
    return tr("%1 at %2 UTC").arg(formatDate(u.date()), u.time().toString(QStringLiteral("HH:mm")));
}

QString PackHtml::formatStamp(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    return formatDateTime(t);
}

QList<PackFragment> PackHtml::fragments(const PackContent& content, const QList<int>& startPages)
{
    QList<PackFragment> out;
    out << PackFragment{PackFragment::Kind::Cover, PackFragment::Placement::NewPage, -1,
                        cover(content)};
    if (content.audience == PackAudience::Partner)
        out << PackFragment{PackFragment::Kind::Notice, PackFragment::Placement::NewPage, -1,
                            InterpretationNotice::html(content)};
    if (!content.nominals.isEmpty())
        out << PackFragment{PackFragment::Kind::Contents, PackFragment::Placement::NewPage, -1,
                            contents(content, startPages)};
    for (int i = 0; i < content.nominals.size(); ++i) {
        out << PackFragment{PackFragment::Kind::Nominal, PackFragment::Placement::NewPage, i,
                            nominal(content, i)};
        out << PackFragment{PackFragment::Kind::Decision, PackFragment::Placement::KeepTogether, i,
                            decisionBox(content, i)};
    }
    return out;
}

QString PackHtml::cover(const PackContent& c)
{
    const bool partner = c.audience == PackAudience::Partner;
    QString h;
    h += QStringLiteral("<h1 class=\"title\">%1</h1>").arg(tr("Gang nominal review pack"));
    h += QStringLiteral("<p class=\"audience\">%1</p>")
             .arg(partner ? tr("PARTNER PACK: for the named recipient only, under the "
                               "interpretation notice that follows this page")
                          : tr("INTERNAL PACK: for police use only; not to be shared outside "
                               "the force"));
    if (c.synthetic)
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(tr("SYNTHETIC DATA: every person in this pack is invented, for testing "
                         "and training."));

    h += gridOpen();
    h += row(tr("Pack identifier"), QStringLiteral("<b>%1</b>").arg(escape(c.identifier)));
    h += row(tr("Protective marking"), escape(c.marking));
    h += row(tr("Audience"), audienceLabel(c.audience));
    h += row(tr("Produced by"), escape(c.producedBy));
    h += row(tr("As at"), escape(formatDateTime(c.asAt)));
    h += row(tr("Recipient"), escape(c.recipient));
    if (partner && !c.agreement.isEmpty())
        h += row(tr("Information-sharing agreement"), escape(c.agreement));
    h += row(tr("Lawful basis"), escape(c.lawfulBasis));
    h += row(tr("Purpose"), escape(c.purpose));
    h += row(tr("Nominals in this pack"), QString::number(c.nominals.size()));
    if (partner)
        h += row(tr("Nominals withheld"),
                 c.withheldCount == 0 ? tr("None.")
                 : c.withheldCount == 1
                     ? tr("1 nominal selected for this pack is withheld because it is restricted "
                          "(below the inclusion threshold, or awaiting a decision on removal). "
                          "It is not named in this pack.")
                     : tr("%1 nominals selected for this pack are withheld because they are "
                          "restricted (below the inclusion threshold, or awaiting a decision on "
                          "removal). They are not named in this pack.")
                           .arg(c.withheldCount));
    if (c.restrictionLeftOutCount > 0)
        h += row(tr("Restricted nominals left out"),
                 tr("%n nominal(s) selected for this pack are left out because their processing "
                    "is restricted (Data Protection Act 2018, section 47). They are not named in "
                    "this pack.",
                    nullptr, c.restrictionLeftOutCount));
    h += row(tr("Threshold policy"), tr("Version %1").arg(c.policyVersion));
    h += row(tr("Destroy by"), QStringLiteral("<b>%1</b>").arg(escape(formatDate(c.destroyBy))));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p></p><table class=\"notice\" width=\"100%\" border=\"2\" "
                        "cellspacing=\"0\" cellpadding=\"6\"><tr><td><b>%1</b> %2</td></tr>"
                        "</table>")
             .arg(tr("Before acting on this pack:"),
                  tr("check each nominal's current status in Corroborate. This pack shows the "
                     "records as at the date and time above; since then intelligence may have "
                     "been added or corrected, a status may have changed, and a person may have "
                     "been removed from the list and their record erased."));
    if (partner)
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(tr("Read the interpretation notice on the next page before reading any "
                         "nominal's section. This pack must not be used for housing, "
                         "employment or benefits screening."));

    return h;
}

QString PackHtml::contents(const PackContent& c, const QList<int>& startPages)
{
    const bool partner = c.audience == PackAudience::Partner;
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(tr("Contents"));
    h += gridOpen();
    h += QStringLiteral("<thead><tr><th width=\"14%\">%1</th><th width=\"38%\">%2</th>"
                        "<th width=\"38%\">%3</th><th width=\"10%\">%4</th></tr></thead>")
             .arg(tr("Reference"), tr("Name"), tr("Status"), tr("Page"));
    for (int i = 0; i < c.nominals.size(); ++i) {
        const PackNominal& n = c.nominals.at(i);
        // In the counting pass the page numbers are not known yet: a placeholder of the
        // widest likely width keeps the layout (and so the page count) the same.
        const QString page =
            i < startPages.size() ? QString::number(startPages.at(i)) : QStringLiteral("00000");
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"page\" "
                            "align=\"right\">%4</td></tr>")
                 .arg(escape(n.nominal.reference), escape(n.nominal.displayName()),
                      escape(statusLabel(n)) +
                          (n.restricted && !partner
                               ? QStringLiteral(" <b>(%1)</b>").arg(tr("restricted"))
                               : QString()),
                      page);
    }
    h += QStringLiteral("</table>");
    return h;
}

QString PackHtml::nominal(const PackContent& c, int index)
{
    const PackNominal& pn = c.nominals.at(index);
    const Nominal& n = pn.nominal;
    const bool partner = c.audience == PackAudience::Partner;
    const QString notRecorded = QStringLiteral("<i>%1</i>").arg(tr("not recorded"));
    QString h;

    h += QStringLiteral("<h1>%1 &#8212; %2</h1>")
             .arg(escape(n.reference), escape(n.displayName(), notRecorded));
    if (pn.restricted && !partner) {
        const QString why =
            !pn.threshold.meetsThreshold
                ? (pn.pendingRemoval ? tr("it is below the threshold and a proposal to remove it "
                                          "awaits a supervisor's decision")
                                     : tr("it is below the threshold (flagged for removal)"))
                : tr("a proposal to remove it awaits a supervisor's decision");
        h += QStringLiteral("<table class=\"banner\" width=\"100%\" border=\"2\" cellspacing=\"0\" "
                            "cellpadding=\"5\"><tr><td>%1</td></tr></table>")
                 .arg(tr("RESTRICTED: %1. Do not share any of this section outside the force.")
                          .arg(why)
                          .toHtmlEscaped());
    }

    // Identity.
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Identity"));
    QString dob = escape(formatDate(n.dateOfBirth), notRecorded);
    if (const int age = n.ageOn(c.evaluatedOn); age >= 0)
        dob += QLatin1Char(' ') + tr("(age %1)").arg(age);
    h += gridOpen();
    h += row4(tr("Reference"), escape(n.reference), tr("Date of birth"), dob);
    h += row4(tr("Surname"), escape(n.surname, notRecorded), tr("Forenames"),
              escape(n.forenames, notRecorded));
    h += row4(tr("Gender"), escape(n.gender, notRecorded), tr("Self-defined ethnicity"),
              escape(n.ethnicity, notRecorded));
    h += row4(tr("Area"), escape(n.area, notRecorded), tr("Group"), escape(n.group, notRecorded));
    h += row4(tr("Harm score"), n.harmScore ? QString::number(*n.harmScore) : notRecorded,
              tr("Listed on"), escape(formatDate(n.listedOn), notRecorded));
    QString nextDue = escape(formatDate(pn.threshold.nextReviewDue), notRecorded);
    if (pn.threshold.reviewOverdue)
        nextDue += QStringLiteral(" <b>(%1)</b>").arg(tr("overdue"));
    h += row4(tr("Last reviewed"),
              escape(formatDate(n.lastReviewedOn), QStringLiteral("<i>%1</i>").arg(tr("never"))),
              tr("Next review due"), nextDue);
    h += QStringLiteral("</table>");

    // Classification.
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Classification"));
    h += QStringLiteral("<p>%1</p>").arg(classificationStatement(n.classification));

    // Threshold result and its reasons.
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Threshold result"));
    h += QStringLiteral("<p><b>%1.</b> %2</p>")
             .arg(pn.threshold.meetsThreshold ? tr("Meets the threshold")
                                              : tr("Below the threshold: flagged for removal"),
                  tr("Evaluated under threshold policy version %1 as at %2; independent "
                     "qualifying originators: %3.")
                      .arg(c.policyVersion)
                      .arg(formatDate(c.evaluatedOn))
                      .arg(pn.threshold.independentSources));
    if (!pn.threshold.reasons.isEmpty()) {
        h += QStringLiteral("<p>%1</p><ul>").arg(tr("Reasons:"));
        for (const QString& r : pn.threshold.reasons)
            h += QStringLiteral("<li>%1</li>").arg(escape(r));
        h += QStringLiteral("</ul>");
    }
    if (pn.pendingRemoval) {
        const QString code = pn.pendingRemoval->reasonCode;
        const QString reason =
            RemovalService::isReasonCode(code) ? RemovalService::reasonText(code) : code;
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(tr("A proposal to remove this nominal has been awaiting a supervisor's "
                         "decision since %1.")
                          .toHtmlEscaped()
                          .arg(escape(formatStamp(pn.pendingRemoval->proposedAt))),
                      escape(tr("Reason given: %1").arg(reason)));
    }

    // Intelligence.
    h += QStringLiteral("<h2>%1</h2>")
             .arg(pn.items.size() == 1 ? tr("Intelligence (1 item)")
                                       : tr("Intelligence (%1 items)").arg(pn.items.size()));
    if (pn.items.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("No intelligence is recorded."));
    } else {
        h += gridOpen();
        h += QStringLiteral("<thead><tr><th width=\"27%\">%1</th><th width=\"27%\">%2</th>"
                            "<th width=\"46%\">%3</th></tr></thead>")
                 .arg(tr("Item and source"), tr("Grading (code: meaning)"),
                      tr("What it indicates and summary"));
        for (int i = 0; i < pn.items.size(); ++i) {
            const PackItem& pi = pn.items.at(i);
            const IntelligenceItem& it = pi.item;
            const QString number = tr("Item %1").arg(i + 1);
            if (pi.withheld) {
                h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td class=\"withheld\">%3"
                                    "</td></tr>")
                         .arg(number,
                              it.legacy
                                  ? Grading::describeLines(*it.legacy).last().toHtmlEscaped()
                                  : tr("Handling code %1: %2")
                                        .arg(Grading::code(it.handlingCode),
                                             Grading::meaning(it.handlingCode).toHtmlEscaped()),
                              tr("Withheld. This item may be shared only under conditions "
                                 "recorded with it, so its details are left out of partner "
                                 "packs. To ask for it, contact the officer who produced this "
                                 "pack, quoting the pack identifier, the nominal's reference "
                                 "and the item number."));
                continue;
            }
            QString source =
                QStringLiteral("<b>%1</b><br/>%2<br/>%3: %4<br/>%5: %6<br/>%7: %8")
                    .arg(number, escape(formatDate(it.obtainedOn), notRecorded), tr("Provider"),
                         Vocabulary::label(it.provider).toHtmlEscaped(), tr("Originator"),
                         escape(it.originator, notRecorded), tr("Reference"),
                         escape(it.reference, notRecorded));
            const QString grading = gradingHtml(it);
            // Free text as paragraphs of bounded length, so that a summary longer than a page
            // can be cut between paragraphs (see PackRenderer).
            QString body = paragraph(QStringLiteral("<b>%1</b>")
                                         .arg(Vocabulary::label(it.indicates).toHtmlEscaped())) +
                           paragraphs(it.summary, QString(), notRecorded);
            if (it.handlingCode == HandlingCode::C && !it.legacy)
                body += paragraphs(it.handlingConditions,
                                   QStringLiteral("<b>%1</b> ").arg(tr("Handling conditions:")),
                                   notRecorded);
            const QString notCounting = pi.notCountingReasons.isEmpty()
                                            ? tr("Does not count towards the threshold.")
                                            : tr("Does not count towards the threshold:") +
                                                  QLatin1Char(' ') +
                                                  pi.notCountingReasons.join(QLatin1Char(' '));
            body += paragraph(
                QStringLiteral("<i>%1</i>")
                    .arg(pi.counts ? tr("Counts towards the threshold.") : escape(notCounting)));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(source, grading, body);
        }
        h += QStringLiteral("</table>");
    }

    // Review history.
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Review history"));
    if (pn.reviews.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("No review is recorded."));
    } else {
        h += gridOpen();
        h += QStringLiteral("<thead><tr><th width=\"22%\">%1</th><th width=\"16%\">%2</th>"
                            "<th width=\"17%\">%3</th><th width=\"35%\">%4</th>"
                            "<th width=\"10%\">%5</th></tr></thead>")
                 .arg(tr("Reviewed"), tr("Reviewer"), tr("Decision"), tr("Reason"), tr("Policy"));
        for (const ReviewRecord& r : pn.reviews) {
            QString reason = paragraphs(r.reason, QString(), dash());
            if (r.retainUntil.isValid())
                reason +=
                    paragraph(tr("Retain until %1").arg(formatDate(r.retainUntil)).toHtmlEscaped());
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                "</tr>")
                     .arg(escape(formatStamp(r.reviewedAt)), escape(r.reviewer),
                          escape(decisionLabel(r.decision)), reason,
                          QString::number(r.policyVersion));
        }
        h += QStringLiteral("</table>");
    }
    h += statements(pn);
    return h;
}

QString PackHtml::gradingHtml(const IntelligenceItem& it)
{
    // A legacy 5x5x5 grade is shown as legacy, with meanings (issue 13).
    return (it.legacy ? Grading::describeLines(*it.legacy)
                      : QStringList{tr("Source: %1").arg(Grading::describe(it.sourceEvaluation)),
                                    tr("Intelligence: %1").arg(Grading::describe(it.assessment)),
                                    tr("Handling: %1").arg(Grading::describe(it.handlingCode))})
        .join(QLatin1Char('\n'))
        .toHtmlEscaped()
        .replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString PackHtml::statements(const PackNominal& pn)
{
    if (pn.statements.isEmpty())
        return {};
    QString h = QStringLiteral("<h2>%1</h2>").arg(tr("The person's supplementary statement"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("In the person's own words, attached to their record at their request (Data "
                     "Protection Act 2018, section 46). Read it with the rest of this section.")
                      .toHtmlEscaped());
    for (const SupplementaryStatement& s : pn.statements)
        h += paragraphs(
            s.text, QStringLiteral("<b>%1</b> ")
                        .arg(tr("Recorded %1:").arg(formatStamp(s.recordedAt)).toHtmlEscaped()));
    return h;
}

QString PackHtml::decisionBox(const PackContent& c, int index)
{
    const PackNominal& pn = c.nominals.at(index);
    const QString blank = QStringLiteral("&nbsp;<br/>&nbsp;<br/>&nbsp;");
    QString h;
    h += QStringLiteral("<h2>%1</h2>")
             .arg(tr("Panel decision for %1").arg(escape(pn.nominal.reference)));
    h += QStringLiteral("<table class=\"decision\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                        "cellpadding=\"4\">");
    h += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b> %2<br/>%3<br/>&nbsp;</td></tr>")
             .arg(tr("Decision:"), tr("retain until (date) / propose removal / defer (reason)"),
                  blank);
    h += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b><br/>%2</td></tr>")
             .arg(tr("Reasons and actions:"), blank);
    h += QStringLiteral("<tr><th width=\"38%\">%1</th><th width=\"30%\">%2</th>"
                        "<th width=\"32%\">%3</th></tr>")
             .arg(tr("Name"), tr("Role and agency"), tr("Signature"));
    for (int i = 0; i < 3; ++i)
        h += QStringLiteral("<tr><td>&nbsp;<br/>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>");
    h += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td></tr>").arg(tr("Date:"));
    h += QStringLiteral("</table>");
    return h;
}

} // namespace corroborate
