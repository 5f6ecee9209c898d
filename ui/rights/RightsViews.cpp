// The person's rights in the window (issue 11): the Subject access and Restricted views, the
// supervisors' count of open and overdue requests in the status bar, and the Nominal menu's
// "Add supplementary statement…", "Restrict processing…" and "Lift restriction…". Registered
// through the main window's extension hook. The rules are the core's (rights/RightsService.h);
// this file asks, calls and shows.
#include "RightsViews.h"

#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"
#include "rights/SubjectAccessResponse.h"
#include "store/NominalRepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {

const QString kStatusLabel = QStringLiteral("subjectAccessStatus");

bool mayUse(const Session& s)
{
    return s.user().roles.has(Role::Officer) || s.user().roles.has(Role::Supervisor);
}

bool isSupervisor(const Session& s)
{
    return s.user().roles.has(Role::Supervisor);
}

QTableView* makeTable(QStandardItemModel* model, const QString& name, const QString& accessible,
                      QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QStandardItem* cell(const QString& text, bool bold = false)
{
    auto* item = new QStandardItem(text);
    if (bold) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    return item;
}

// The supervisors' count in the status bar: created once per window, updated by the view.
void showCount(MainWindow& window, int open, int overdue)
{
    auto* label = window.statusBar()->findChild<QLabel*>(kStatusLabel);
    if (!label) {
        label = new QLabel(&window);
        label->setObjectName(kStatusLabel);
        window.statusBar()->addPermanentWidget(label);
    }
    const Session* s = window.session();
    if (!s || !isSupervisor(*s) || window.isLocked()) {
        label->clear();
        label->hide();
        return;
    }
    label->setText(overdue > 0
                       ? SubjectAccessView::tr("Subject access: %n open, %1 overdue", nullptr, open)
                             .arg(overdue)
                       : SubjectAccessView::tr("Subject access: %n open", nullptr, open));
    label->setAccessibleName(label->text());
    label->show();
}

// The selected nominal's reference, or empty (told to the user).
QString currentReference(MainWindow& window, const QString& title)
{
    Session* s = window.session();
    const qint64 id = window.currentNominalId();
    if (s && id > 0)
        if (const std::optional<Nominal> n = NominalRepository(s->db()).findById(id))
            return n->reference;
    window.dialogs().information(&window, title,
                                 SubjectAccessView::tr("Select a nominal in a list first."));
    return {};
}

// The code whose words were chosen (or the code itself, typed); empty when none matches.
QString codeFor(const QString& answer, const QStringList& codes,
                const std::function<QString(const QString&)>& words)
{
    for (const QString& code : codes)
        if (answer.trimmed() == words(code) || answer.trimmed() == code)
            return code;
    return {};
}

} // namespace

// --- Subject access ---

SubjectAccessView::SubjectAccessView(MainWindow& window, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_session(session)
    , m_model(new QStandardItemModel(this))
    , m_sink(std::make_shared<ResultSink>(this))
{
    setObjectName(QStringLiteral("subjectAccessView"));
    auto* title = new QLabel(tr("Subject access requests"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    m_summary = new QLabel(tr("Loading…"), this);
    m_summary->setObjectName(QStringLiteral("subjectAccessSummary"));
    m_summary->setWordWrap(true);
    auto* hint = new QLabel(
        tr("A request must be answered within a calendar month of receipt (Data Protection Act "
           "2018, section 45). While a request about a person is open, they cannot be erased "
           "(section 173)."),
        this);
    hint->setWordWrap(true);
    m_view = makeTable(m_model, QStringLiteral("subjectAccessTable"),
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

SubjectAccessView::~SubjectAccessView()
{
    m_sink->detach();
}

void SubjectAccessView::reload()
{
    auto sink = m_sink;
    m_session.worker().submit([this, sink](WorkerContext& ctx) {
        auto rows = std::make_shared<QList<SubjectAccessStatus>>();
        auto error = std::make_shared<QString>();
        try {
            *rows = RightsService(ctx.db).requests(ctx.today, true);
        } catch (const Error& e) {
            *error = e.message();
        }
        sink->deliver([this, rows, error] {
            if (!error->isEmpty()) {
                m_summary->setText(tr("Cannot read the requests: %1").arg(*error));
                return;
            }
            show(*rows);
        });
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
        m_model->appendRow({cell(r.identifier(), s.overdue),
                            cell(r.held ? r.reference : tr("%1 (nothing held)").arg(r.reference)),
                            cell(QLocale().toString(r.receivedOn, QLocale::ShortFormat)),
                            cell(QLocale().toString(r.dueOn, QLocale::ShortFormat)),
                            cell(clock, s.overdue), cell(r.note)});
    }
    m_view->resizeColumnsToContents();
    const int open = static_cast<int>(rows.size());
    m_summary->setText(open == 0 ? tr("No request is open.")
                                 : tr("%n request(s) open", nullptr, open) + QStringLiteral("; ") +
                                       tr("%n overdue.", nullptr, overdue));
    m_summary->setAccessibleName(m_summary->text());
    showCount(m_window, open, overdue);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubjectAccessView::updateButtons, Qt::UniqueConnection);
    if (!rows.isEmpty())
        m_view->selectRow(0);
    updateButtons();
}

const SubjectAccessStatus* SubjectAccessView::selected() const
{
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty() || rows.first().row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(rows.first().row());
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
    if (const qint64 id = m_window.currentNominalId(); id > 0)
        if (const std::optional<Nominal> n = NominalRepository(m_session.db()).findById(id))
            presets << n->reference;
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
    if (const std::optional<Nominal> n =
            NominalRepository(m_session.db()).find(s->request.reference))
        for (const IntelligenceItem& it : NominalRepository(m_session.db()).intelligenceFor(n->id))
            items << (it.reference.trimmed().isEmpty() ? QString::number(it.id) : it.reference);
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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const SubjectAccessContent content =
            SubjectAccessResponse::build(m_session.file(), m_session.user(), requestId);
        int pages = 0;
        SubjectAccessResponse::writePdf(m_session.file(), content, path, &pages);
        QApplication::restoreOverrideCursor();
        m_window.dialogs().information(
            this, title,
            tr("Saved the response (%1, %n page(s)) to %2. It is recorded as a disclosure to the "
               "person.",
               nullptr, pages)
                .arg(content.pack.identifier, path));
        m_window.refreshData();
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        m_window.dialogs().warning(this, title, e.message());
    }
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

// --- Restricted ---

RestrictedView::RestrictedView(MainWindow& window, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_session(session)
    , m_model(new QStandardItemModel(this))
    , m_sink(std::make_shared<ResultSink>(this))
{
    setObjectName(QStringLiteral("restrictedView"));
    auto* title = new QLabel(tr("Restricted nominals"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto* hint = new QLabel(
        tr("Processing of these nominals is restricted instead of erasure (Data Protection Act "
           "2018, section 47): they are out of the review queue and every pack, and cannot be "
           "proposed for removal or erased until a supervisor lifts the restriction."),
        this);
    hint->setWordWrap(true);
    m_summary = new QLabel(tr("Loading…"), this);
    m_summary->setObjectName(QStringLiteral("restrictedSummary"));
    m_view = makeTable(m_model, QStringLiteral("restrictedTable"), tr("Restricted nominals"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString reference = m_model->item(index.row(), 0)->text();
        if (const std::optional<Nominal> n = NominalRepository(m_session.db()).find(reference))
            m_window.showNominal(n->id, reference);
    });
    reload();
}

RestrictedView::~RestrictedView()
{
    m_sink->detach();
}

void RestrictedView::reload()
{
    auto sink = m_sink;
    m_session.worker().submit([this, sink](WorkerContext& ctx) {
        auto rows = std::make_shared<QList<RestrictionStatus>>();
        try {
            *rows = RightsService(ctx.db).restrictions(ctx.today);
        } catch (const Error&) {
            rows->clear();
        }
        sink->deliver([this, rows] {
            m_model->clear();
            m_model->setHorizontalHeaderLabels(
                {tr("Reference"), tr("Reason"), tr("Until"), tr("Restricted by"), tr("Note")});
            int past = 0;
            for (const RestrictionStatus& s : *rows) {
                const Restriction& r = s.restriction;
                past += s.pastDate ? 1 : 0;
                QString until = QLocale().toString(r.until, QLocale::ShortFormat);
                if (s.pastDate)
                    until += QStringLiteral(" — ") + tr("PAST ITS DATE: look at it again");
                m_model->appendRow({cell(r.reference, s.pastDate),
                                    cell(RightsService::restrictionReasonText(r.reasonCode)),
                                    cell(until, s.pastDate), cell(r.restrictedBy), cell(r.note)});
            }
            m_view->resizeColumnsToContents();
            m_summary->setText(
                rows->isEmpty()
                    ? tr("No nominal is restricted.")
                    : tr("%n nominal(s) restricted", nullptr, static_cast<int>(rows->size())) +
                          QStringLiteral("; ") + tr("%n past its date.", nullptr, past));
            m_summary->setAccessibleName(m_summary->text());
        });
    });
}

// --- Actions and registration ---

namespace {

void addStatement(MainWindow& window)
{
    const QString title = SubjectAccessView::tr("Add supplementary statement");
    Session* s = window.session();
    const QString reference = currentReference(window, title);
    if (!s || reference.isEmpty())
        return;
    const std::optional<QString> text = window.dialogs().reason(
        &window, title,
        SubjectAccessView::tr("The person's own statement about their record (%1), in their "
                              "words. It is printed in every pack that includes them.")
            .arg(reference));
    if (!text)
        return;
    try {
        RightsService(s->db()).addStatement(s->user(), reference, *text);
        window.dialogs().information(
            &window, title,
            SubjectAccessView::tr("The statement is attached to %1.").arg(reference));
        window.refreshData();
    } catch (const Error& e) {
        window.dialogs().warning(&window, title, e.message());
    }
}

void restrictNominal(MainWindow& window)
{
    const QString title = RestrictedView::tr("Restrict processing");
    Session* s = window.session();
    const QString reference = currentReference(window, title);
    if (!s || reference.isEmpty())
        return;
    QStringList reasons;
    for (const QString& code : RightsService::restrictionReasonCodes())
        reasons << RightsService::restrictionReasonText(code);
    const std::optional<QString> reason = window.dialogs().reason(
        &window, title,
        RestrictedView::tr("Why %1 is restricted instead of erased:").arg(reference), reasons);
    if (!reason)
        return;
    const std::optional<QString> until = window.dialogs().reason(
        &window, title, RestrictedView::tr("Until (YYYY-MM-DD; it is flagged once past):"),
        {Time::today().addMonths(3).toString(Qt::ISODate)});
    if (!until)
        return;
    const std::optional<QString> note =
        window.dialogs().reason(&window, title, RestrictedView::tr("A note (required):"));
    if (!note)
        return;
    try {
        const QString code = codeFor(*reason, RightsService::restrictionReasonCodes(),
                                     &RightsService::restrictionReasonText);
        if (code.isEmpty())
            throw Error(ErrorKind::InvalidData,
                        RestrictedView::tr("Choose one of the reasons offered."));
        RightsService(s->db()).restrict(s->user(), reference, code,
                                        QDate::fromString(until->trimmed(), Qt::ISODate), *note);
        window.refreshData();
        window.showView(QStringLiteral("restricted"));
    } catch (const Error& e) {
        window.dialogs().warning(&window, title, e.message());
    }
}

void liftRestriction(MainWindow& window)
{
    const QString title = RestrictedView::tr("Lift restriction");
    Session* s = window.session();
    const QString reference = currentReference(window, title);
    if (!s || reference.isEmpty())
        return;
    const std::optional<QString> note = window.dialogs().reason(
        &window, title, RestrictedView::tr("Why the restriction of %1 is lifted:").arg(reference));
    if (!note)
        return;
    try {
        RightsService(s->db()).liftRestriction(s->user(), reference, *note);
        window.refreshData();
    } catch (const Error& e) {
        window.dialogs().warning(&window, title, e.message());
    }
}

QAction* makeAction(MainWindow& window, const QString& text, const QString& name,
                    const QKeySequence& shortcut, const QString& tip,
                    const std::function<bool(const Session&)>& allowed, void (*run)(MainWindow&))
{
    auto* action = new QAction(text, &window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setEnabled(false);
    QObject::connect(action, &QAction::triggered, &window, [&window, run] {
        if (window.session() && !window.isLocked())
            run(window);
    });
    const auto update = [&window, action, allowed] {
        action->setEnabled(window.session() && !window.isLocked() && allowed(*window.session()));
    };
    for (auto signal :
         {&MainWindow::sessionStarted, &MainWindow::unlocked, &MainWindow::workspaceBuilt})
        QObject::connect(&window, signal, action, update);
    QObject::connect(&window, &MainWindow::locked, action, [action] { action->setEnabled(false); });
    QObject::connect(&window, &MainWindow::sessionEnded, action,
                     [action] { action->setEnabled(false); });
    window.addAction(action);
    return action;
}

void addRightsViews(MainWindow& window)
{
    window.addView({QStringLiteral("subjectaccess"),
                    [] { return SubjectAccessView::tr("Subject access"); },
                    QStringLiteral(":/icons/subject-access.svg"),
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), 60, &mayUse,
                    [](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
                        return new SubjectAccessView(w, s, parent);
                    }});
    window.addView({QStringLiteral("restricted"), [] { return RestrictedView::tr("Restricted"); },
                    QStringLiteral(":/icons/restricted.svg"),
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), 61, &mayUse,
                    [](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
                        return new RestrictedView(w, s, parent);
                    }});
    QMenu* menu = window.menu(MenuId::Nominal);
    QAction* statement = makeAction(
        window, SubjectAccessView::tr("Add supplementary &statement…"),
        QStringLiteral("actionAddStatement"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T),
        SubjectAccessView::tr("Attach the person's own statement to the selected nominal"), &mayUse,
        &addStatement);
    QAction* restrict = makeAction(
        window, RestrictedView::tr("Restrict &processing…"), QStringLiteral("actionRestrict"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
        RestrictedView::tr("Restrict the selected nominal instead of erasing it (supervisors)"),
        &isSupervisor, &restrictNominal);
    QAction* lift = makeAction(window, RestrictedView::tr("&Lift restriction…"),
                               QStringLiteral("actionLiftRestriction"),
                               QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
                               RestrictedView::tr("Lift the selected nominal's restriction "
                                                  "(supervisors)"),
                               &isSupervisor, &liftRestriction);
    if (menu) {
        menu->addSeparator();
        menu->addAction(statement);
        menu->addAction(restrict);
        menu->addAction(lift);
    }
    QObject::connect(&window, &MainWindow::locked, &window, [&window] { showCount(window, 0, 0); });
    QObject::connect(&window, &MainWindow::sessionEnded, &window,
                     [&window] { showCount(window, 0, 0); });
}

} // namespace

CORROBORATE_WINDOW_EXTENSION(addRightsViews);

} // namespace corroborate::ui
