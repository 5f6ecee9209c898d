#include "SharingViews.h"

#include "core/Appearance.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"
#include "sharing/RecallService.h"
#include "widgets/ViewParts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {

QString day(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

QString stamp(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))
                       : isoUtc;
}

int selectedRow(QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QStandardItem* item(const QString& text)
{
    auto* i = new QStandardItem(text);
    i->setEditable(false);
    return i;
}

QString eventText(const QString& wire)
{
    if (wire == u"restricted")
        return DisclosuresView::tr("Restricted");
    if (wire == u"corrected")
        return DisclosuresView::tr("Corrected");
    return DisclosuresView::tr("Erased");
}

bool managesDisclosures(const Session& s)
{
    return s.user().roles.has(Role::Supervisor) || s.user().roles.has(Role::Administrator);
}

} // namespace

// --- DisclosuresView ------------------------------------------------------------------------

DisclosuresView::DisclosuresView(MainWindow& window, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_session(session)
    , m_sink(std::make_shared<ResultSink>(this))
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

DisclosuresView::~DisclosuresView()
{
    m_sink->detach();
}

void DisclosuresView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void DisclosuresView::reload()
{
    const quint64 request = ++m_request;
    m_loading = true;
    auto sink = m_sink;
    m_session.worker().submit([this, sink, request](WorkerContext& ctx) {
        auto rows = std::make_shared<QList<DisclosureStatus>>();
        auto pending = std::make_shared<QList<RecallNotice>>();
        auto error = std::make_shared<QString>();
        const QDate today = ctx.today.isValid() ? ctx.today : Time::today();
        try {
            *rows = DisclosureRegister(ctx.db).list(today);
            *pending = RecallService(ctx.db).pending();
        } catch (const Error& e) {
            *error = e.message();
        }
        sink->deliver([this, rows, pending, error, request] {
            if (request != m_request)
                return;
            m_rows = *rows;
            m_pending = *pending;
            m_disclosures->removeRows(0, m_disclosures->rowCount());
            const QColor flagged = Appearance::flaggedColour(palette());
            int overdue = 0;
            for (const DisclosureStatus& s : std::as_const(m_rows)) {
                const Disclosure& d = s.disclosure;
                QString confirmation;
                if (d.destroyedConfirmedOn.isValid())
                    confirmation = tr("Confirmed %1 by %2: %3")
                                       .arg(day(d.destroyedConfirmedOn), d.destroyedConfirmedBy,
                                            d.destroyedNote);
                else if (s.overdue)
                    confirmation = tr("OVERDUE: not confirmed");
                else
                    confirmation = tr("Not yet confirmed");
                QList<QStandardItem*> row{
                    item(d.identifier),
                    item(stamp(d.madeAt)),
                    item(d.recipient),
                    item(d.agreement.isEmpty() ? tr("(internal)") : d.agreement),
                    item(d.purpose),
                    item(QString::number(d.referenceCount)),
                    item(day(d.destroyBy)),
                    item(confirmation)};
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
                m_recalls->appendRow({item(QString::number(n.id)), item(n.pack),
                                      item(stamp(n.madeAt)), item(n.recipient), item(n.reference),
                                      item(eventText(n.event)), item(stamp(n.raisedAt))});
            const QString summary =
                error->isEmpty()
                    ? tr("%n disclosure(s) recorded.", nullptr, int(m_rows.size())) +
                          QLatin1Char(' ') +
                          (overdue > 0 ? tr("%n past the destroy-by date without a confirmation of "
                                            "destruction (listed first): ask the recipients.",
                                            nullptr, overdue)
                                       : tr("None is overdue."))
                    : tr("Could not read the disclosures: %1").arg(*error);
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
    });
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
    try {
        RecallService(m_session.db()).issueTo(m_session.file(), {{n.id, path}}, m_session.user());
        m_window.dialogs().information(
            this, tr("Recall notice issued"),
            tr("Saved recall notice %1 for %2 to %3 and recorded it as issued. Send it to %4.")
                .arg(n.id)
                .arg(n.pack, QDir::toNativeSeparators(path), n.recipient));
        m_window.refreshData();
        reload();
    } catch (const Error& e) {
        m_window.dialogs().warning(this, tr("Recall notice not issued"), e.message());
    }
}

// --- AgreementDialog ------------------------------------------------------------------------

AgreementDialog::AgreementDialog(const Agreement* existing, const QDate& today, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(existing ? tr("Amend %1").arg(existing->identifier())
                            : tr("New information-sharing agreement"));
    setAccessibleName(windowTitle());
    m_partner = new QLineEdit(this);
    m_partner->setObjectName(QStringLiteral("agreementPartner"));
    m_partner->setAccessibleName(tr("Partner organisation"));
    m_basis = new QLineEdit(this);
    m_basis->setObjectName(QStringLiteral("agreementBasis"));
    m_basis->setAccessibleName(tr("Lawful basis"));
    m_purposes = new QPlainTextEdit(this);
    m_purposes->setObjectName(QStringLiteral("agreementPurposes"));
    m_purposes->setAccessibleName(tr("Permitted purposes, one a line"));
    m_purposes->setTabChangesFocus(true);
    m_purposes->setMaximumHeight(m_purposes->fontMetrics().lineSpacing() * 5);
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("agreementRetention"));
    m_retention->setAccessibleName(tr("Retention at the recipient, in days"));
    m_retention->setRange(1, AgreementService::kMaxRetentionDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(28);
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("agreementFrom"));
    m_from->setAccessibleName(tr("In force from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until = new QDateEdit(today.addYears(1), this);
    m_until->setObjectName(QStringLiteral("agreementUntil"));
    m_until->setAccessibleName(tr("In force until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (existing) {
        m_partner->setText(existing->partner);
        m_basis->setText(existing->lawfulBasis);
        m_purposes->setPlainText(existing->purposes.join(QLatin1Char('\n')));
        m_retention->setValue(existing->retentionDays);
        m_from->setDate(existing->startsOn);
        m_until->setDate(existing->until);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("agreementProblem"));
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, Appearance::flaggedColour(p));
    m_problem->setPalette(p);

    auto* form = new QFormLayout;
    form->addRow(tr("&Partner:"), m_partner);
    form->addRow(tr("Lawful &basis:"), m_basis);
    form->addRow(tr("P&urposes (one a line):"), m_purposes);
    form->addRow(tr("&Retention at the recipient:"), m_retention);
    form->addRow(tr("In force &from:"), m_from);
    form->addRow(tr("In force &until:"), m_until);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("agreementSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_partner->setFocus();
}

AgreementDraft AgreementDialog::draft() const
{
    AgreementDraft d;
    d.partner = m_partner->text();
    d.lawfulBasis = m_basis->text();
    d.purposes = m_purposes->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    d.retentionDays = m_retention->value();
    d.startsOn = m_from->date();
    d.until = m_until->date();
    return d;
}

void AgreementDialog::accept()
{
    if (m_saver) {
        const QString problem = m_saver(draft());
        if (!problem.isEmpty()) {
            setProblem(problem);
            return;
        }
    }
    QDialog::accept();
}

void AgreementDialog::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setAccessibleName(text);
}

// --- AgreementsView -------------------------------------------------------------------------

AgreementsView::AgreementsView(MainWindow& window, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_session(session)
    , m_sink(std::make_shared<ResultSink>(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("agreementsView"));
    setAccessibleName(tr("Information-sharing agreements"));
    m_model->setHorizontalHeaderLabels({tr("Agreement"), tr("Partner"), tr("In force"), tr("From"),
                                        tr("Until"), tr("Keep for"), tr("Lawful basis"),
                                        tr("Purposes"), tr("Version"), tr("Recorded")});
    auto* title = makeHeading(tr("Information-sharing &agreements"), this);
    m_view = makeRegisterTable(m_model, QStringLiteral("agreementsTable"),
                               tr("Information-sharing agreements"), this);
    title->setBuddy(m_view);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("agreementsSummary"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    if (m_session.user().roles.has(Role::Administrator)) {
        m_add = new QPushButton(tr("&Add agreement…"), this);
        m_add->setObjectName(QStringLiteral("addAgreementButton"));
        m_add->setAccessibleName(tr("Add an information-sharing agreement"));
        m_amend = new QPushButton(tr("A&mend…"), this);
        m_amend->setObjectName(QStringLiteral("amendAgreementButton"));
        m_amend->setAccessibleName(tr("Amend the selected agreement (a new version)"));
        m_end = new QPushButton(tr("&End today…"), this);
        m_end->setObjectName(QStringLiteral("endAgreementButton"));
        m_end->setAccessibleName(tr("End the selected agreement today"));
        auto* row = new QHBoxLayout;
        row->addWidget(m_add);
        row->addWidget(m_amend);
        row->addWidget(m_end);
        row->addStretch(1);
        layout->addLayout(row);
        connect(m_add, &QPushButton::clicked, this, [this] { openEditor(false); });
        connect(m_amend, &QPushButton::clicked, this, [this] { openEditor(true); });
        connect(m_end, &QPushButton::clicked, this, &AgreementsView::endSelected);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgreementsView::updateButtons);
    updateButtons();
}

AgreementsView::~AgreementsView()
{
    m_sink->detach();
}

void AgreementsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AgreementsView::reload()
{
    const quint64 request = ++m_request;
    m_loading = true;
    auto sink = m_sink;
    m_session.worker().submit([this, sink, request](WorkerContext& ctx) {
        auto rows = std::make_shared<QList<Agreement>>();
        auto error = std::make_shared<QString>();
        try {
            *rows = AgreementService(ctx.db).list();
        } catch (const Error& e) {
            *error = e.message();
        }
        const QDate today = ctx.today.isValid() ? ctx.today : Time::today();
        sink->deliver([this, rows, error, request, today] {
            if (request != m_request)
                return;
            m_rows = *rows;
            m_model->removeRows(0, m_model->rowCount());
            int inForce = 0;
            for (const Agreement& a : std::as_const(m_rows)) {
                const bool now = a.inForceOn(today);
                inForce += now ? 1 : 0;
                const QString state = now                   ? tr("In force")
                                      : a.endedOn.isValid() ? tr("Ended %1").arg(day(a.endedOn))
                                      : today < a.startsOn  ? tr("Not yet")
                                                            : tr("Expired");
                m_model->appendRow(
                    {item(a.identifier()), item(a.partner), item(state), item(day(a.startsOn)),
                     item(day(a.until)), item(tr("%n day(s)", nullptr, a.retentionDays)),
                     item(a.lawfulBasis), item(a.purposes.join(QStringLiteral("; "))),
                     item(QString::number(a.version)),
                     item(tr("%1 by %2").arg(stamp(a.recordedAt), a.recordedBy))});
            }
            const QString summary =
                error->isEmpty()
                    ? tr("%n agreement(s), %1 in force today. A partner pack goes under an "
                         "agreement in force and one of its purposes.",
                         nullptr, int(m_rows.size()))
                          .arg(inForce)
                    : tr("Could not read the agreements: %1").arg(*error);
            m_summary->setText(summary);
            m_summary->setAccessibleName(summary);
            m_view->resizeColumnsToContents();
            if (!m_rows.isEmpty())
                m_view->selectRow(0);
            m_loading = false;
            updateButtons();
            emit reloaded();
        });
    });
}

const Agreement* AgreementsView::selected() const
{
    const int row = selectedRow(m_view);
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void AgreementsView::updateButtons()
{
    const Agreement* a = selected();
    if (m_amend)
        m_amend->setEnabled(a != nullptr);
    if (m_end)
        m_end->setEnabled(a && !a->endedOn.isValid());
}

AgreementDialog* AgreementsView::openEditor(bool amend)
{
    const Agreement* a = amend ? selected() : nullptr;
    if (amend && !a)
        return nullptr;
    const QString identifier = a ? a->identifier() : QString();
    auto* dialog = new AgreementDialog(a, Time::today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Saved only when the service accepts it; problems are shown in the dialog.
    dialog->setSaver([this, identifier](const AgreementDraft& draft) -> QString {
        try {
            AgreementService service(m_session.db());
            const Agreement saved = identifier.isEmpty()
                                        ? service.add(draft, m_session.user())
                                        : service.amend(identifier, draft, m_session.user());
            m_window.statusBar()->showMessage(
                identifier.isEmpty()
                    ? tr("Recorded %1 with %2.").arg(saved.identifier(), saved.partner)
                    : tr("Amended %1 (version %2).").arg(saved.identifier()).arg(saved.version),
                8000);
            m_window.refreshData();
            reload();
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    });
    dialog->open();
    return dialog;
}

void AgreementsView::endSelected()
{
    const Agreement* a = selected();
    if (!a)
        return;
    const Agreement chosen = *a;
    if (!m_window.dialogs().question(
            this, tr("End agreement"),
            tr("End %1 with %2 today? No partner pack can be made under it from today. Packs "
               "already sent keep their destroy-by dates.")
                .arg(chosen.identifier(), chosen.partner)))
        return;
    try {
        AgreementService(m_session.db()).end(chosen.identifier(), Time::today(), m_session.user());
        m_window.statusBar()->showMessage(tr("%1 ended.").arg(chosen.identifier()), 8000);
        m_window.refreshData();
        reload();
    } catch (const Error& e) {
        m_window.dialogs().warning(this, tr("End agreement"), e.message());
    }
}

// --- Registration ---------------------------------------------------------------------------

namespace {

// The overdue count in the status bar, for supervisors and administrators: read on the worker
// when a session starts or unlocks, and whenever the Disclosures view reloads.
void countOverdue(MainWindow& window, QLabel* label, const std::shared_ptr<ResultSink>& sink)
{
    Session* session = window.session();
    if (!session || window.isLocked() || !managesDisclosures(*session)) {
        label->hide();
        return;
    }
    session->worker().submit([sink, label](WorkerContext& ctx) {
        int overdue = -1;
        try {
            overdue = DisclosureRegister(ctx.db).overdueCount(ctx.today.isValid() ? ctx.today
                                                                                  : Time::today());
        } catch (const Error&) {
        }
        sink->deliver([label, overdue] {
            if (overdue < 0) {
                label->hide();
                return;
            }
            label->setText(DisclosuresView::tr("Overdue disclosures: %1").arg(overdue));
            label->setAccessibleName(label->text());
            label->setVisible(overdue > 0);
        });
    });
}

void addSharingViews(MainWindow& window)
{
    auto* overdueLabel = new QLabel(&window);
    overdueLabel->setObjectName(QStringLiteral("overdueDisclosuresLabel"));
    overdueLabel->hide();
    QPalette p = overdueLabel->palette();
    p.setColor(QPalette::WindowText, Appearance::flaggedColour(p));
    overdueLabel->setPalette(p);
    window.statusBar()->addPermanentWidget(overdueLabel);
    auto sink = std::make_shared<ResultSink>(overdueLabel);
    QObject::connect(overdueLabel, &QObject::destroyed, [sink] { sink->detach(); });
    auto recount = [&window, overdueLabel, sink] {
        countOverdue(window, overdueLabel, sink);
    };
    QObject::connect(&window, &MainWindow::sessionStarted, overdueLabel, recount);
    QObject::connect(&window, &MainWindow::unlocked, overdueLabel, recount);
    QObject::connect(&window, &MainWindow::sessionEnded, overdueLabel, &QWidget::hide);
    QObject::connect(&window, &MainWindow::locked, overdueLabel, &QWidget::hide);

    window.addView(
        {QStringLiteral("disclosures"), [] { return DisclosuresView::tr("Disclosures"); },
         QStringLiteral(":/icons/disclosures.svg"), QKeySequence(Qt::CTRL | Qt::Key_7), 96,
         &managesDisclosures,
         [overdueLabel](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
             auto* view = new DisclosuresView(w, s, parent);
             QObject::connect(view, &DisclosuresView::overdueCounted, overdueLabel,
                              [overdueLabel](int overdue) {
                                  overdueLabel->setText(
                                      DisclosuresView::tr("Overdue disclosures: %1").arg(overdue));
                                  overdueLabel->setAccessibleName(overdueLabel->text());
                                  overdueLabel->setVisible(overdue > 0);
                              });
             return view;
         }});
    window.addView({QStringLiteral("agreements"),
                    [] { return AgreementsView::tr("Agreements"); },
                    QStringLiteral(":/icons/agreements.svg"),
                    QKeySequence(Qt::CTRL | Qt::Key_8),
                    97,
                    {},
                    [](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
                        return new AgreementsView(w, s, parent);
                    }});
}

} // namespace

CORROBORATE_WINDOW_EXTENSION(addSharingViews);

} // namespace corroborate::ui
