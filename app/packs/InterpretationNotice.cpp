#include "InterpretationNotice.h"

#include "PackHtml.h"
#include "core/Grading.h"

namespace corroborate {

QString InterpretationNotice::gradingTable()
{
    QString h =
        QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                       "cellpadding=\"3\">");
    h += QStringLiteral("<thead><tr><th width=\"34%\">%1</th><th width=\"10%\">%2</th>"
                        "<th width=\"56%\">%3</th></tr></thead>")
             .arg(tr("Part of the grading"), tr("Code"), tr("Meaning"));
    auto rows = [&h](const QString& part, const QStringList& codes, auto meaningOf) {
        for (int i = 0; i < codes.size(); ++i)
            h += QStringLiteral("<tr><td>%1</td><td class=\"code\"><b>%2</b></td><td>%3</td></tr>")
                     .arg(i == 0 ? part.toHtmlEscaped() : QString(), codes.at(i).toHtmlEscaped(),
                          meaningOf(codes.at(i)).toHtmlEscaped());
    };
    rows(tr("Source evaluation"), Grading::sourceEvaluationCodes(), [](const QString& code) {
        return Grading::meaning(*Grading::sourceEvaluationFrom(code));
    });
    rows(tr("Intelligence assessment"), Grading::assessmentCodes(),
         [](const QString& code) { return Grading::meaning(*Grading::assessmentFrom(code)); });
    rows(tr("Handling code"), Grading::handlingCodes(),
         [](const QString& code) { return Grading::meaning(*Grading::handlingCodeFrom(code)); });
    h += QStringLiteral("</table>");
    return h;
}

QString InterpretationNotice::html(const PackContent& c)
{
    const auto esc = [](const QString& s) {
        return PackHtml::escape(s);
    };
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(tr("Interpretation notice: read this first"));
    h += QStringLiteral("<table class=\"notice\" width=\"100%\" border=\"2\" cellspacing=\"0\" "
                        "cellpadding=\"6\"><tr><td><b>%1</b></td></tr></table>")
             .arg(esc(PackHtml::handlingLine(c)));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("This pack was produced by %1 for %2, as at %3, for this purpose: %4. "
                     "Lawful basis: %5. Use it for that purpose only and do not pass it on.")
                      .toHtmlEscaped()
                      .arg(esc(c.producedBy), esc(c.recipient),
                           esc(PackHtml::formatDateTime(c.asAt)), esc(c.purpose),
                           esc(c.lawfulBasis)));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("What inclusion means"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr(
                 "A person appears in this pack because, at the time shown, the police held graded "
                 "intelligence about them that met the written inclusion threshold set out "
                 "below, and their listing was neither flagged for removal nor awaiting a "
                 "decision on removal."));
    h += QStringLiteral("<h2>%1</h2><ul>").arg(tr("What inclusion does not mean"));
    const QStringList doesNot{
        tr("It is not a finding of guilt, a charge or a conviction, and it is not evidence of an "
           "offence."),
        tr("It does not mean the person is dangerous to you, your staff or your service users, "
           "nor that anyone they live with is involved."),
        tr("Intelligence is information assessed for its reliability; some of it is untested "
           "and it may be incomplete or out of date. Read each item's grading."),
        tr("Someone who is not in this pack is not thereby cleared: people below the threshold "
           "or awaiting a removal decision are left out of partner packs."),
    };
    for (const QString& line : doesNot)
        h += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h2>%1</h2>")
             .arg(tr("The inclusion threshold (policy version %1)").arg(c.policyVersion));
    h += QStringLiteral("<p>%1</p>").arg(esc(c.thresholdRuleInWords));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("How intelligence is graded (3x5x2)"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Each intelligence item carries three codes: how reliable its source is, "
                     "how the source came to know it, and whether and how it may be shared. The "
                     "meaning is printed beside every code in this pack."));
    h += gradingTable();
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Items with handling code C may be shared only under conditions recorded "
                     "with them; their details are withheld from partner packs and the pack "
                     "says where an item was withheld."));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("What this pack must not be used for"));
    h += QStringLiteral("<table class=\"notice\" width=\"100%\" border=\"2\" cellspacing=\"0\" "
                        "cellpadding=\"6\"><tr><td><b>%1</b></td></tr></table>")
             .arg(tr("This pack must not be used for housing, employment or benefits screening, "
                     "nor for any decision about a person's access to a service, tenancy, job, "
                     "school place or payment. It may be used only for the purpose stated "
                     "above."));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Reporting an inaccuracy"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("If you believe anything in this pack is wrong or out of date, tell the "
                     "officer who produced it, %1, as soon as possible, quoting the pack "
                     "identifier %2 and the nominal's reference. Do not correct or annotate the "
                     "pack yourself and do not contact the person about the record.")
                      .toHtmlEscaped()
                      .arg(esc(c.producedBy), esc(c.identifier)));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("When to destroy this pack"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Destroy every copy securely (cross-cut shredding, or secure deletion of "
                     "the file) as soon as the purpose above has been served, and no later than "
                     "%1. Do not copy it, keep extracts of it or add it to your own records.")
                      .toHtmlEscaped()
                      .arg(esc(PackHtml::formatDate(c.destroyBy))));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Before acting"));
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Check each nominal's current status with the force before acting on "
                     "anything in this pack: it is correct only as at the date and time shown."));
    return h;
}

} // namespace corroborate
