// The Erasure register (supervisors and administrators; docs/DESIGN.md §6.3).
#include "ErasureRegisterView.h"

#include "SignOffModels.h"
#include "core/Error.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "widgets/ViewParts.h"
#include "workflow/ErasureService.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace corroborate::ui {

ErasureRegisterView::ErasureRegisterView(MainWindow& window, Session& session, QWidget* parent)
    : RegisterView(window, session, LoadOn::Show, parent)
    , m_model(new ErasureRegisterModel(this))
{
    setObjectName(QStringLiteral("erasureRegisterView"));
    setAccessibleName(tr("Erasure register"));
    auto* title = makeHeading(tr("&Erasure register"), this);
    m_view = makeRegisterTable(m_model, QStringLiteral("erasureRegisterTable"),
                               tr("Erasure register"), this);
    title->setBuddy(m_view);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("erasureRegisterSummary"));
    m_summary->setWordWrap(true);
    auto* disclosuresLabel = new QLabel(tr("Earlier &disclosures of the selected entry"), this);
    m_disclosures = new QTextBrowser(this);
    m_disclosures->setObjectName(QStringLiteral("erasureDisclosures"));
    m_disclosures->setAccessibleName(tr("Earlier disclosures of the selected entry"));
    m_disclosures->setMaximumHeight(m_disclosures->fontMetrics().lineSpacing() * 9);
    disclosuresLabel->setBuddy(m_disclosures);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(disclosuresLabel);
    layout->addWidget(m_disclosures);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ErasureRegisterView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ErasureRegisterView::showSelected);
}

void ErasureRegisterView::reload()
{
    const quint64 request = nextRequest();
    m_loading = true;
    readOnWorker(
        request, [](WorkerContext& ctx) { return ErasureService(ctx.db).registerEntries(); },
        [this](const QList<ErasureRegisterEntry>& rows, const QString& error) {
            m_model->setRows(rows);
            int invalid = 0;
            for (const ErasureRegisterEntry& e : std::as_const(rows))
                invalid += e.signatureProblem.isEmpty() ? 0 : 1;
            QString summary =
                error.isEmpty()
                    ? tr("%n nominal(s) erased. Each entry keeps the reference, the dates, the "
                         "reason, who proposed and who approved, and the signed decision — "
                         "nothing about the person.",
                         nullptr, int(rows.size()))
                    : tr("Could not read the register: %1").arg(error);
            if (invalid > 0)
                summary += QLatin1Char(' ') +
                           tr("%n signed decision(s) do NOT verify: run verify on the case file.",
                              nullptr, invalid);
            m_summary->setText(summary);
            m_summary->setAccessibleName(summary);
            fitRegisterColumns(m_view);
            if (m_model->rowCount() > 0)
                m_view->selectRow(0);
            m_loading = false;
            emit reloaded();
        });
}

void ErasureRegisterView::showSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const ErasureRegisterEntry* e = rows.isEmpty() ? nullptr : m_model->entry(rows.first().row());
    if (!e) {
        m_disclosures->setPlainText(tr("Select an entry to see the disclosures made before "
                                       "the erasure."));
        return;
    }
    QString h = QStringLiteral("<p>");
    if (!e->signatureProblem.isEmpty())
        h +=
            QStringLiteral("<b>") +
            tr("The signed decision does not verify: %1").arg(e->signatureProblem).toHtmlEscaped() +
            QStringLiteral("</b><br>");
    if (e->disclosures.isEmpty()) {
        h += tr("%1 was not included in any export or pack before the erasure.")
                 .arg(e->record.reference)
                 .toHtmlEscaped() +
             QStringLiteral("</p>");
    } else {
        h += tr("%1 was included in these disclosures. Ask each recipient to destroy what they "
                "hold (Data Protection Act 2018, s.48):")
                 .arg(e->record.reference)
                 .toHtmlEscaped() +
             QStringLiteral("</p><ul>");
        for (const Disclosure& d : e->disclosures) {
            QString line =
                tr("%1 — %2 to %3")
                    .arg(signOffDateTime(d.madeAt),
                         ErasureRegisterModel::disclosureKindText(d.kind),
                         d.recipient.isEmpty() ? tr("(no recipient recorded)") : d.recipient);
            if (!d.identifier.isEmpty())
                line += tr(" (%1)").arg(d.identifier);
            line += tr(", by %1").arg(d.madeBy);
            h += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    m_disclosures->setHtml(h);
}

void ErasureRegisterView::clearPersonalData()
{
    dropPendingLoads();
    m_loading = false;
    m_model->setRows({});
    m_summary->clear();
    m_summary->setAccessibleName(QString());
    m_disclosures->clear();
}

QString ErasureRegisterView::statusText() const
{
    return tr("%n nominal(s) erased", nullptr, m_model->rowCount());
}

} // namespace corroborate::ui
