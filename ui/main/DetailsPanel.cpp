#include "DetailsPanel.h"

#include "core/Appearance.h"
#include "data/Session.h"
#include "models/AuditLogModel.h"
#include "models/IntelligenceModel.h"
#include "models/NominalListModel.h"
#include "rights/RightsService.h"

#include <QApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {
QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

QString dateText(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat)
                       : QCoreApplication::translate("DetailsPanel", "Not recorded");
}
} // namespace

QList<QPair<QString, QString>> profileRows(const Nominal& n, const QDate& today)
{
    const auto tr = [](const char* s) { // lupdate files these tr() calls under the namespace
        return QCoreApplication::translate("corroborate::ui", s);
    };
    const int age = n.ageOn(today);
    QString dob = dateText(n.dateOfBirth);
    if (age >= 0)
        dob += age < 18 ? tr(" (age %1: juvenile)").arg(age) : tr(" (age %1)").arg(age);
    return {
        {tr("Reference"), n.reference},
        {tr("Classification"), Vocabulary::label(n.classification)},
        {tr("Date of birth"), dob},
        {tr("Gender"), n.gender.isEmpty() ? tr("Not recorded") : n.gender},
        {tr("Ethnicity (self-defined)"), n.ethnicity.isEmpty() ? tr("Not recorded") : n.ethnicity},
        {tr("Area"), n.area},
        {tr("Group"), n.group},
        {tr("Harm score"), n.harmScore ? QString::number(*n.harmScore) : tr("Not recorded")},
        {tr("Listed on"), dateText(n.listedOn)},
        {tr("Last reviewed"),
         n.lastReviewedOn.isValid() ? dateText(n.lastReviewedOn) : tr("Never")}};
}

// A restriction in force and the person's own statements (issue 11), as they are shown with
// the status.
QString rightsHtml(const NominalDetails& d)
{
    QString html;
    if (d.restriction)
        html += QStringLiteral("<p><b>") +
                DetailsPanel::tr("Restricted until %1: %2. Out of the review queue and every pack; "
                                 "cannot be proposed for removal.")
                    .arg(QLocale().toString(d.restriction->until, QLocale::ShortFormat),
                         RightsService::restrictionReasonText(d.restriction->reasonCode))
                    .toHtmlEscaped() +
                QStringLiteral("</b></p>");
    for (const SupplementaryStatement& s : d.statements)
        html += QStringLiteral("<p><b>") +
                DetailsPanel::tr("The person's statement:").toHtmlEscaped() +
                QStringLiteral("</b> ") + s.text.toHtmlEscaped() + QStringLiteral("</p>");
    return html;
}

QString thresholdHtml(const Evaluation& e, const Policy& policy, const QPalette& palette)
{
    const auto tr = [](const char* s) { // lupdate files these tr() calls under the namespace
        return QCoreApplication::translate("corroborate::ui", s);
    };
    const QColor colour =
        e.isFlagged() ? Appearance::flaggedColour(palette) : palette.color(QPalette::WindowText);
    QString html = QStringLiteral("<p><b style=\"color:%1\">%2</b></p>")
                       .arg(colour.name(), Evaluation::statusText(e.status).toHtmlEscaped());
    const QStringList codes = e.reasonCodes();
    if (!codes.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString& code : codes)
            html += QStringLiteral("<li>") + Evaluation::reasonText(code).toHtmlEscaped() +
                    QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>") +
            tr("Independent qualifying sources: %1 (the policy needs %2).")
                .arg(e.independentSources)
                .arg(policy.minIndependentSources)
                .toHtmlEscaped() +
            QStringLiteral("<br>") +
            (e.nextReviewDue.isValid()
                 ? (e.reviewOverdue ? tr("Review was due on %1: overdue.")
                                    : tr("Next review due on %1."))
                       .arg(QLocale().toString(e.nextReviewDue, QLocale::LongFormat))
                 : tr("No listing or review date: the review is overdue."))
                .toHtmlEscaped() +
            QStringLiteral("<br>") +
            tr("Evaluated on %1 under policy version %2.")
                .arg(QLocale().toString(e.asOf, QLocale::ShortFormat))
                .arg(e.policyVersion)
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    return html;
}

DetailsPanel::DetailsPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_sink(std::make_shared<ResultSink>(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("Choose a nominal in the list to see their record."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);
    auto* layout = new QVBoxLayout(m_content);

    m_name = new QLabel(m_content);
    m_name->setObjectName(QStringLiteral("detailsName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_name);

    layout->addWidget(sectionTitle(tr("Threshold"), m_content));
    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("detailsThreshold"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setAccessibleName(tr("Threshold result"));
    layout->addWidget(m_status);

    layout->addWidget(sectionTitle(tr("Profile"), m_content));
    m_profile = new QFormLayout;
    m_profile->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_profile);

    layout->addWidget(sectionTitle(tr("Intelligence"), m_content));
    m_items = new IntelligenceModel(this);
    m_itemsView = new QTableView(m_content);
    m_itemsView->setObjectName(QStringLiteral("detailsIntelligence"));
    m_itemsView->setAccessibleName(tr("Intelligence"));
    m_itemsView->setModel(m_items);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    m_itemsView->setWordWrap(true);
    m_itemsView->setMinimumHeight(160);
    m_itemsView->setTabKeyNavigation(false);
    layout->addWidget(m_itemsView);
    m_noItems = new QLabel(tr("No intelligence recorded."), m_content);
    m_noItems->hide();
    layout->addWidget(m_noItems);

    layout->addWidget(sectionTitle(tr("Review history"), m_content));
    m_history = new QLabel(m_content);
    m_history->setObjectName(QStringLiteral("detailsHistory"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_history->setAccessibleName(tr("Review history"));
    layout->addWidget(m_history);

    layout->addWidget(sectionTitle(tr("Who looked at or changed this record"), m_content));
    m_log = new QLabel(m_content);
    m_log->setObjectName(QStringLiteral("detailsAccessLog"));
    m_log->setWordWrap(true);
    m_log->setTextFormat(Qt::RichText);
    m_log->setAccessibleName(tr("Who looked at or changed this record"));
    layout->addWidget(m_log);
    layout->addStretch(1);
    scroll->hide();
    m_scroll = scroll;
}

DetailsPanel::~DetailsPanel()
{
    m_sink->detach();
}

void DetailsPanel::clear()
{
    ++m_request;
    m_id = 0;
    m_details.reset();
    m_items->clear();
    m_name->clear();
    m_status->clear();
    m_history->clear();
    m_log->clear();
    for (QLabel* l : m_profileValues)
        l->clear();
    m_placeholder->show();
    m_scroll->hide();
}

void DetailsPanel::showNominal(qint64 id, const QString& justification)
{
    m_id = id;
    const quint64 request = ++m_request;
    auto sink = m_sink;
    const QString username = m_session.username();
    DataWorker::Job job = [this, sink, id, username, justification, request](WorkerContext& ctx) {
        auto details = std::make_shared<NominalDetails>(
            NominalDetails::load(ctx, id, username, justification));
        sink->deliver([this, details, request] {
            if (request != m_request)
                return;
            if (!details->found) {
                emit failed(details->error);
                return;
            }
            display(*details);
            emit loaded(details->nominal.id);
        });
    };
    // Logging the consultation writes; a plain reload only reads.
    if (justification.isEmpty())
        m_session.worker().submit(std::move(job));
    else
        m_session.worker().submitWrite(std::move(job));
}

void DetailsPanel::reload()
{
    if (m_id > 0)
        showNominal(m_id, QString());
}

void DetailsPanel::display(const NominalDetails& d)
{
    m_details = std::make_unique<NominalDetails>(d);
    m_id = d.nominal.id;
    const QDate today = d.evaluation.asOf;
    const int age = d.nominal.ageOn(today);
    QString name = d.nominal.displayName();
    if (age >= 0 && age < 18)
        name += QStringLiteral(" — ") + tr("juvenile (under 18)");
    m_name->setText(name + QStringLiteral("\n") + d.nominal.reference);
    m_name->setAccessibleName(tr("Nominal %1").arg(name));

    QString threshold = thresholdHtml(d.evaluation, d.policy, palette());
    if (d.removalPending)
        threshold += QStringLiteral("<p><i>") +
                     tr("A removal proposal is waiting for a supervisor.").toHtmlEscaped() +
                     QStringLiteral("</i></p>");
    threshold += rightsHtml(d);
    m_status->setText(threshold);

    const auto rows = profileRows(d.nominal, today);
    while (m_profile->rowCount() > 0)
        m_profile->removeRow(0);
    m_profileValues.clear();
    for (const auto& [label, value] : rows) {
        auto* v = new QLabel(value, m_content);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setAccessibleName(label + QStringLiteral(": ") + value);
        m_profile->addRow(label + QLatin1Char(':'), v);
        m_profileValues << v;
    }

    m_items->setItems(d.intelligence, d.evaluation);
    m_itemsView->setVisible(!d.intelligence.isEmpty());
    m_noItems->setVisible(d.intelligence.isEmpty());
    m_itemsView->resizeColumnsToContents();
    m_itemsView->horizontalHeader()->setStretchLastSection(true);

    QString history;
    if (d.reviews.isEmpty())
        history = tr("No reviews recorded.").toHtmlEscaped();
    for (const ReviewRecord& r : d.reviews) {
        const QDateTime at = QDateTime::fromString(r.reviewedAt, Qt::ISODate);
        QString line =
            tr("%1 by %2: %3")
                .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), r.reviewer,
                     r.decision == u"retain"            ? tr("retained")
                     : r.decision == u"propose_removal" ? tr("removal proposed")
                                                        : tr("deferred"));
        if (r.retainUntil.isValid())
            line += tr(" until %1").arg(QLocale().toString(r.retainUntil, QLocale::ShortFormat));
        if (!r.reason.isEmpty())
            line += QStringLiteral(" — ") + r.reason;
        line += tr(" (policy %1)").arg(r.policyVersion);
        history += QStringLiteral("• ") + line.toHtmlEscaped() + QStringLiteral("<br>");
    }
    m_history->setText(history);

    QString log;
    for (const AuditEntry& e : d.recordLog) {
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODate);
        QString line = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) +
                       QStringLiteral(" · ") + e.username + QStringLiteral(" · ") +
                       AuditLogModel::actionLabel(e.action);
        if (!e.justification.isEmpty())
            line += QStringLiteral(" — ") + e.justification;
        if (!e.details.isEmpty())
            line += QStringLiteral(" (") + e.details + QLatin1Char(')');
        log += QStringLiteral("• ") + line.toHtmlEscaped() + QStringLiteral("<br>");
    }
    m_log->setText(log.isEmpty() ? tr("Nobody yet.") : log);

    m_placeholder->hide();
    m_scroll->show();
}

} // namespace corroborate::ui
