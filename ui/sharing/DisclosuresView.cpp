// The Disclosures view (issue 10): the register of packs and exports that left the file, with
// the confirmations of destruction, and the pending recall notices (DPA 2018 s.48).
#include "DisclosuresView.h"

#include "SharingParts.h"
#include "core/Appearance.h"
#include "core/AsyncTask.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/MainWindow.h"
#include "sharing/RecallService.h"
#include "widgets/ViewParts.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {

QString eventText(const QString& wire)
{
    if (wire == u"restricted")
        return DisclosuresView::tr("Restricted");
    if (wire == u"corrected")
        return DisclosuresView::tr("Corrected");
    return DisclosuresView::tr("Erased");
}

} // namespace

DisclosuresView::DisclosuresView(MainWindow& window, Session& session, QWidget* parent)
    : RegisterView(window, session, LoadOn::Show, parent)
    , m_disclosures(new QStandardItemModel(this))
    , m_recalls(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("disclosuresView"));
    setAccessibleName(tr("Disclosures"));
    m_disclosures->setHorizontalHeaderLabels({tr("Pack or export"), tr("Made"), tr("Recipient"),
                                              tr("Agreement"), tr("Purpose"), tr("Nominals"),
                                              tr("Destroy by"), tr("Destruction")});
    m_recalls->setHorizontalHeaderLabels({tr("Notice"), tr("Pack"), tr("Supplied"), tr("Recipient"),
                                          tr("Reference"), tr("What happened"), tr("Raised")});
    auto* title = makeHeading(tr("&Disclosures"), this);
    m_disclosuresView = makeRegisterTable(m_disclosures, QStringLiteral("disclosuresTable"),
                                          tr("Disclosures"), this);
    title->setBuddy(m_disclosuresView);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("disclosuresSummary"));
    m_summary->setWordWrap(true);
    m_confirm = new QPushButton(tr("&Confirm destruction…"), this);
    m_confirm->setObjectName(QStringLiteral("confirmDestructionButton"));
    m_confirm->setAccessibleName(tr("Record that the recipient confirmed destroying the "
                                    "selected disclosure"));

    auto* recallTitle = makeHeading(tr("Pending &recall notices"), this);
    m_recallView = makeRegisterTable(m_recalls, QStringLiteral("recallTable"),
                                     tr("Pending recall notices"), this);
    recallTitle->setBuddy(m_recallView);
    m_recallSummary = new QLabel(this);
    m_recallSummary->setObjectName(QStringLiteral("recallSummary"));
    m_recallSummary->setWordWrap(true);
    m_issue = new QPushButton(tr("&Issue recall notice…"), this);
    m_issue->setObjectName(QStringLiteral("issueRecallButton"));
    m_issue->setAccessibleName(tr("Save the selected recall notice as a PDF and record it as "
                                  "issued"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_disclosuresView, 3);
    auto* confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirm);
    confirmRow->addStretch(1);
    layout->addLayout(confirmRow);
    layout->addWidget(recallTitle);
    layout->addWidget(m_recallSummary);
    layout->addWidget(m_recallView, 1);
    auto* issueRow = new QHBoxLayout;
    issueRow->addWidget(m_issue);
    issueRow->addStretch(1);
    layout->addLayout(issueRow);

    connect(m_confirm, &QPushButton::clicked, this, &DisclosuresView::confirmSelected);
    connect(m_issue, &QPushButton::clicked, this, &DisclosuresView::issueSelected);
    connect(m_disclosuresView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DisclosuresView::updateButtons);
    connect(m_recallView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DisclosuresView::updateButtons);
    updateButtons();
}

void DisclosuresView::reload()
{
    const quint64 request = nextRequest();
    m_loading = true;
    struct Read
    {
        QList<DisclosureStatus> rows;
        QList<RecallNotice> pending;
    };
    readOnWorker(
        request,
        [](WorkerContext& ctx) {
            const QDate today = ctx.today.isValid() ? ctx.today : Time::today();
            return Read{DisclosureRegister(ctx.db).list(today), RecallService(ctx.db).pending()};
        },
        [this](const Read& read, const QString& error) {
            m_rows = read.rows;
            m_pending = read.pending;
            m_disclosures->removeRows(0, m_disclosures->rowCount());
            const QColor flagged = Appearance::flaggedColour(palette());
            int overdue = 0;
            for (const DisclosureStatus& s : std::as_const(m_rows)) {
                const Disclosure& d = s.disclosure;
                QString confirmation;
                if (d.destroyedConfirmedOn.isValid())
                    confirmation = tr("Confirmed %1 by %2: %3")
                                       .arg(sharingDay(d.destroyedConfirmedOn),
                                            d.destroyedConfirmedBy, d.destroyedNote);
                else if (s.overdue)
                    confirmation = tr("OVERDUE: not confirmed");
                else
                    confirmation = tr("Not yet confirmed");
                QList<QStandardItem*> row{
                    registerItem(d.identifier),
                    registerItem(sharingStamp(d.madeAt)),
                    registerItem(d.recipient),
                    registerItem(d.agreement.isEmpty() ? tr("(internal)") : d.agreement),
                    registerItem(d.purpose),
                    registerItem(QString::number(d.referenceCount)),
                    registerItem(sharingDay(d.destroyBy)),
                    registerItem(confirmation)};
                if (s.overdue) {
                    ++overdue;
                    for (QStandardItem* i : row) {
                        i->setForeground(flagged);
                        QFont f = i->font();
                        f.setBold(true);
                        i->setFont(f);
                    }
                }
                m_disclosures->appendRow(row);
            }
            m_recalls->removeRows(0, m_recalls->rowCount());
            for (const RecallNotice& n : std::as_const(m_pending))
                m_recalls->appendRow({registerItem(QString::number(n.id)), registerItem(n.pack),
                                      registerItem(sharingStamp(n.madeAt)),
                                      registerItem(n.recipient), registerItem(n.reference),
                                      registerItem(eventText(n.event)),
                                      registerItem(sharingStamp(n.raisedAt))});
            const QString summary =
                error.isEmpty()
                    ? tr("%n disclosure(s) recorded.", nullptr, int(m_rows.size())) +
                          QLatin1Char(' ') +
                          (overdue > 0 ? tr("%n past the destroy-by date without a confirmation of "
                                            "destruction (listed first): ask the recipients.",
                                            nullptr, overdue)
                                       : tr("None is overdue."))
                    : tr("Could not read the disclosures: %1").arg(error);
            m_summary->setText(summary);
            m_summary->setAccessibleName(summary);
            const QString recallSummary =
                m_pending.isEmpty()
                    ? tr("No recall notice is pending.")
                    : tr("%n recall notice(s) to issue: a nominal in an earlier disclosure was "
                         "erased, restricted or corrected (Data Protection Act 2018, s.48).",
                         nullptr, int(m_pending.size()));
            m_recallSummary->setText(recallSummary);
            m_recallSummary->setAccessibleName(recallSummary);
            m_disclosuresView->resizeColumnsToContents();
            m_recallView->resizeColumnsToContents();
            if (!m_rows.isEmpty())
                m_disclosuresView->selectRow(0);
            if (!m_pending.isEmpty())
                m_recallView->selectRow(0);
            m_loading = false;
            updateButtons();
            emit overdueCounted(overdue);
            emit reloaded();
        });
}

void DisclosuresView::clearPersonalData()
{
    dropPendingLoads();
    m_loading = false;
    m_rows.clear();
    m_pending.clear();
    m_disclosures->removeRows(0, m_disclosures->rowCount());
    m_recalls->removeRows(0, m_recalls->rowCount());
    m_summary->clear();
    m_summary->setAccessibleName(QString());
    m_recallSummary->clear();
    m_recallSummary->setAccessibleName(QString());
    updateButtons();
}

QString DisclosuresView::statusText() const
{
    return tr("%n disclosure(s) recorded.", nullptr, int(m_rows.size()));
}

void DisclosuresView::updateButtons()
{
    const int row = selectedRow(m_disclosuresView);
    m_confirm->setEnabled(row >= 0 && row < m_rows.size() &&
                          !m_rows.at(row).disclosure.destroyedConfirmedOn.isValid());
    m_issue->setEnabled(selectedRow(m_recallView) >= 0);
}

void DisclosuresView::confirmSelected()
{
    const int row = selectedRow(m_disclosuresView);
    if (row < 0 || row >= m_rows.size())
        return;
    const Disclosure d = m_rows.at(row).disclosure;
    const std::optional<QString> note = m_window.dialogs().reason(
        this, tr("Confirm destruction"),
        tr("How did %1 confirm destroying %2? This is recorded with today's date.")
            .arg(d.recipient, d.identifier),
        {tr("Email from the recipient: every copy destroyed"),
         tr("Letter from the recipient: shredded"), tr("Seen destroyed in person")});
    if (!note)
        return;
    try {
        DisclosureRegister(m_session.db()).confirm(d.id, *note, Time::today(), m_session.user());
        m_window.statusBar()->showMessage(tr("Recorded that %1 was destroyed.").arg(d.identifier),
                                          8000);
        m_window.refreshData();
        reload();
    } catch (const Error& e) {
        m_window.dialogs().warning(this, tr("Confirm destruction"), e.message());
    }
}

void DisclosuresView::issueSelected()
{
    const int row = selectedRow(m_recallView);
    if (row < 0 || row >= m_pending.size())
        return;
    const RecallNotice n = m_pending.at(row);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        m_window.dialogs().saveFileName(this, tr("Save recall notice as PDF"),
                                        QDir(documents.isEmpty() ? QDir::homePath() : documents)
                                            .filePath(RecallService::fileNameOf(n)),
                                        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    // Rendering and saving the PDF takes a while: off the GUI thread (Session::run: the session's
    // one writer, ui/core/AsyncTask.h).
    const Outcome<void> issued = m_session.run([this, id = n.id, path](CaseFile&) {
        RecallService(m_session.db()).issueTo(m_session.file(), {{id, path}}, m_session.user());
    });
    if (!issued) {
        m_window.dialogs().warning(this, tr("Recall notice not issued"), issued.error().message());
        return;
    }
    m_window.dialogs().information(
        this, tr("Recall notice issued"),
        tr("Saved recall notice %1 for %2 to %3 and recorded it as issued. Send it to %4.")
            .arg(n.id)
            .arg(n.pack, QDir::toNativeSeparators(path), n.recipient));
    m_window.refreshData();
    reload();
}

} // namespace corroborate::ui
