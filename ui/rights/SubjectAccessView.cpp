// The Subject access view (issue 11; DPA 2018 s.45): the open requests and their clocks, and
// the four things done to one (open, withhold an item, produce the response, close).
#include "SubjectAccessView.h"

#include "RightsParts.h"
#include "core/AsyncTask.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/MainWindow.h"
#include "rights/SubjectAccessResponse.h"
#include "widgets/ViewParts.h"
#include "workflow/NominalLookup.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace corroborate::ui {

SubjectAccessView::SubjectAccessView(MainWindow& window, Session& session, QWidget* parent)
    : RegisterView(window, session, LoadOn::Construction, parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("subjectAccessView"));
    auto* title = makeTitle(tr("Subject access requests"), this);
    m_summary = new QLabel(tr("Loading…"), this);
    m_summary->setObjectName(QStringLiteral("subjectAccessSummary"));
    m_summary->setWordWrap(true);
    auto* hint = new QLabel(
        tr("A request must be answered within a calendar month of receipt (Data Protection Act "
           "2018, section 45). While a request about a person is open, they cannot be erased "
           "(section 173)."),
        this);
    hint->setWordWrap(true);
    m_view = makeRegisterTable(m_model, QStringLiteral("subjectAccessTable"),
                               tr("Open subject access requests"), this);
    m_open =
        new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Open a request…"), this);
    m_open->setObjectName(QStringLiteral("subjectAccessOpen"));
    m_withhold = new QPushButton(tr("&Withhold an item…"), this);
    m_withhold->setObjectName(QStringLiteral("subjectAccessWithhold"));
    m_respond = new QPushButton(tr("&Produce the response…"), this);
    m_respond->setObjectName(QStringLiteral("subjectAccessRespond"));
    m_close = new QPushButton(tr("&Close with an outcome…"), this);
    m_close->setObjectName(QStringLiteral("subjectAccessClose"));
    m_open->setAccessibleName(tr("Open a subject access request"));
    m_withhold->setAccessibleName(tr("Withhold an item from the selected request's response"));
    m_respond->setAccessibleName(tr("Produce the response to the selected request"));
    m_close->setAccessibleName(tr("Close the selected request with an outcome"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_open, m_withhold, m_respond, m_close})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &SubjectAccessView::openRequest);
    connect(m_withhold, &QPushButton::clicked, this, &SubjectAccessView::withholdItem);
    connect(m_respond, &QPushButton::clicked, this, &SubjectAccessView::produceResponse);
    connect(m_close, &QPushButton::clicked, this, &SubjectAccessView::closeRequest);
    connect(m_view, &QTableView::doubleClicked, this, &SubjectAccessView::produceResponse);
    updateButtons();
    reload();
}

void SubjectAccessView::reload()
{
    const quint64 request = nextRequest();
    readOnWorker(
        request, [](WorkerContext& ctx) { return RightsService(ctx.db).requests(ctx.today, true); },
        [this](const QList<SubjectAccessStatus>& rows, const QString& error) {
            if (!error.isEmpty()) {
                m_summary->setText(tr("Cannot read the requests: %1").arg(error));
                return;
            }
            show(rows);
        });
}

void SubjectAccessView::show(const QList<SubjectAccessStatus>& rowsIn)
{
    QList<SubjectAccessStatus> rows = rowsIn;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SubjectAccessStatus& a, const SubjectAccessStatus& b) {
                         return a.overdue && !b.overdue;
                     });
    m_rows = rows;
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Request"), tr("About"), tr("Received"), tr("Due"), tr("Clock"), tr("Note")});
    int overdue = 0;
    for (const SubjectAccessStatus& s : rows) {
        const SubjectAccessRequest& r = s.request;
        overdue += s.overdue ? 1 : 0;
        const QString clock = s.overdue ? tr("OVERDUE by %n day(s)", nullptr, -s.daysLeft)
                                        : tr("%n day(s) left", nullptr, s.daysLeft);
        m_model->appendRow(
            {registerItem(r.identifier(), s.overdue),
             registerItem(r.held ? r.reference : tr("%1 (nothing held)").arg(r.reference)),
             registerItem(QLocale().toString(r.receivedOn, QLocale::ShortFormat)),
             registerItem(QLocale().toString(r.dueOn, QLocale::ShortFormat)),
             registerItem(clock, s.overdue), registerItem(r.note)});
    }
    m_view->resizeColumnsToContents();
    const int open = static_cast<int>(rows.size());
    m_summary->setText(open == 0 ? tr("No request is open.")
                                 : tr("%n request(s) open", nullptr, open) + QStringLiteral("; ") +
                                       tr("%n overdue.", nullptr, overdue));
    m_summary->setAccessibleName(m_summary->text());
    showSubjectAccessCount(m_window, open, overdue);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubjectAccessView::updateButtons, Qt::UniqueConnection);
    if (!rows.isEmpty())
        m_view->selectRow(0);
    updateButtons();
}

const SubjectAccessStatus* SubjectAccessView::selected() const
{
    const int row = selectedRow(m_view);
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void SubjectAccessView::updateButtons()
{
    const SubjectAccessStatus* s = selected();
    m_withhold->setEnabled(s && s->request.held);
    m_respond->setEnabled(s != nullptr);
    m_close->setEnabled(s != nullptr);
}

void SubjectAccessView::openRequest()
{
    const QString title = tr("Open a subject access request");
    QStringList presets;
    try {
        if (const qint64 id = m_window.currentNominalId(); id > 0)
            if (const std::optional<Nominal> n = NominalLookup(m_session.db()).byId(id))
                presets << n->reference;
    } catch (const Error&) {
        // No reference offered: the user types it.
    }
    const std::optional<QString> reference = m_window.dialogs().reason(
        this, title, tr("The reference the request is about (it need not be in the file):"),
        presets);
    if (!reference || reference->trimmed().isEmpty())
        return;
    const std::optional<QString> received =
        m_window.dialogs().reason(this, title, tr("The day it was received (YYYY-MM-DD):"),
                                  {Time::today().toString(Qt::ISODate)});
    if (!received)
        return;
    try {
        const SubjectAccessRequest r =
            RightsService(m_session.db())
                .openRequest(m_session.user(), *reference,
                             QDate::fromString(received->trimmed(), Qt::ISODate), {});
        m_window.dialogs().information(
            this, title,
            r.held ? tr("Opened %1 about %2. It is due on %3.")
                         .arg(r.identifier(), r.reference,
                              QLocale().toString(r.dueOn, QLocale::LongFormat))
                   : tr("Opened %1. Nothing is held about %2: the response will say so. It is "
                        "due on %3.")
                         .arg(r.identifier(), r.reference,
                              QLocale().toString(r.dueOn, QLocale::LongFormat)));
        reload();
    } catch (const Error& e) {
        m_window.dialogs().warning(this, title, e.message());
    }
}

void SubjectAccessView::withholdItem()
{
    const SubjectAccessStatus* s = selected();
    if (!s)
        return;
    const qint64 requestId = s->request.id;
    const QString title = tr("Withhold an item from %1").arg(s->request.identifier());
    QStringList items;
    try {
        items = NominalLookup(m_session.db()).itemReferences(s->request.reference);
    } catch (const Error& e) {
        m_window.dialogs().warning(this, title, e.message());
        return;
    }
    const std::optional<QString> item =
        m_window.dialogs().reason(this, title, tr("The item (its intelligence reference):"), items);
    if (!item || item->trimmed().isEmpty())
        return;
    QStringList reasons;
    for (const QString& code : RightsService::withholdReasonCodes())
        reasons << RightsService::withholdReasonText(code);
    const std::optional<QString> reason = m_window.dialogs().reason(
        this, title, tr("Why it is withheld (Data Protection Act 2018, section 45(4)):"), reasons);
    if (!reason)
        return;
    const QString code =
        codeFor(*reason, RightsService::withholdReasonCodes(), &RightsService::withholdReasonText);
    try {
        if (code.isEmpty())
            throw Error(ErrorKind::InvalidData,
                        tr("Choose one of the reasons section 45(4) allows."));
        RightsService(m_session.db()).withhold(m_session.user(), requestId, *item, code);
        m_window.dialogs().information(
            this, title,
            tr("Withheld %1: %2.").arg(item->trimmed(), RightsService::withholdReasonText(code)));
    } catch (const Error& e) {
        m_window.dialogs().warning(this, title, e.message());
    }
}

void SubjectAccessView::produceResponse()
{
    const SubjectAccessStatus* s = selected();
    if (!s)
        return;
    const qint64 requestId = s->request.id;
    const QString title = tr("Response to %1").arg(s->request.identifier());
    const QString path = m_window.dialogs().saveFileName(
        this, title,
        QDir::home().filePath(QStringLiteral("%1-response.pdf").arg(s->request.identifier())),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // Building and rendering the response takes a while: off the GUI thread
    // (Session::run: the session's one writer, ui/core/AsyncTask.h).
    struct Produced
    {
        QString identifier;
        int pages = 0;
    };
    const Outcome<Produced> produced = m_session.run([this, requestId, path](CaseFile&) {
        const SubjectAccessContent content =
            SubjectAccessResponse::build(m_session.file(), m_session.user(), requestId);
        Produced p{content.pack.identifier, 0};
        SubjectAccessResponse::writePdf(m_session.file(), content, path, &p.pages);
        return p;
    });
    if (!produced) {
        m_window.dialogs().warning(this, title, produced.error().message());
        return;
    }
    m_window.dialogs().information(
        this, title,
        tr("Saved the response (%1, %n page(s)) to %2. It is recorded as a disclosure to the "
           "person.",
           nullptr, produced.value().pages)
            .arg(produced.value().identifier, path));
    m_window.refreshData();
}

void SubjectAccessView::closeRequest()
{
    const SubjectAccessStatus* s = selected();
    if (!s)
        return;
    const qint64 requestId = s->request.id;
    const QString title = tr("Close %1").arg(s->request.identifier());
    QStringList outcomes;
    for (const QString& code : RightsService::outcomeCodes())
        outcomes << RightsService::outcomeText(code);
    const std::optional<QString> outcome =
        m_window.dialogs().reason(this, title, tr("The outcome:"), outcomes);
    if (!outcome)
        return;
    const QString code =
        codeFor(*outcome, RightsService::outcomeCodes(), &RightsService::outcomeText);
    const std::optional<QString> note =
        m_window.dialogs().reason(this, title, tr("What was done (required):"));
    if (!note)
        return;
    try {
        if (code.isEmpty())
            throw Error(ErrorKind::InvalidData, tr("Choose one of the outcomes offered."));
        RightsService(m_session.db()).closeRequest(m_session.user(), requestId, code, *note);
        reload();
    } catch (const Error& e) {
        m_window.dialogs().warning(this, title, e.message());
    }
}

void SubjectAccessView::clearPersonalData()
{
    dropPendingLoads();
    m_rows.clear();
    m_model->clear();
    m_summary->clear();
    m_summary->setAccessibleName(QString());
    updateButtons();
}

QString SubjectAccessView::statusText() const
{
    return tr("%n request(s) open", nullptr, static_cast<int>(m_rows.size()));
}

} // namespace corroborate::ui
