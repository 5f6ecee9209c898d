// The Agreements view (issue 10): the information-sharing agreements register.
#include "AgreementsView.h"

#include "AgreementDialog.h"
#include "SharingParts.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/MainWindow.h"
#include "sharing/AgreementService.h"
#include "widgets/ViewParts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace corroborate::ui {

AgreementsView::AgreementsView(MainWindow& window, Session& session, QWidget* parent)
    : RegisterView(window, session, LoadOn::Show, parent)
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

void AgreementsView::reload()
{
    const quint64 request = nextRequest();
    m_loading = true;
    readOnWorker(
        request,
        [](WorkerContext& ctx) {
            const QDate today = ctx.today.isValid() ? ctx.today : Time::today();
            return std::make_pair(AgreementService(ctx.db).list(), today);
        },
        [this](const std::pair<QList<Agreement>, QDate>& read, const QString& error) {
            const QList<Agreement>& rows = read.first;
            const QDate today = read.second;
            m_rows = rows;
            m_model->removeRows(0, m_model->rowCount());
            int inForce = 0;
            for (const Agreement& a : std::as_const(m_rows)) {
                const bool now = a.inForceOn(today);
                inForce += now ? 1 : 0;
                const QString state = now ? tr("In force")
                                      : a.endedOn.isValid()
                                          ? tr("Ended %1").arg(sharingDay(a.endedOn))
                                      : today < a.startsOn ? tr("Not yet")
                                                           : tr("Expired");
                m_model->appendRow(
                    {registerItem(a.identifier()), registerItem(a.partner), registerItem(state),
                     registerItem(sharingDay(a.startsOn)), registerItem(sharingDay(a.until)),
                     registerItem(tr("%n day(s)", nullptr, a.retentionDays)),
                     registerItem(a.lawfulBasis),
                     registerItem(a.purposes.join(QStringLiteral("; "))),
                     registerItem(QString::number(a.version)),
                     registerItem(tr("%1 by %2").arg(sharingStamp(a.recordedAt), a.recordedBy))});
            }
            const QString summary =
                error.isEmpty()
                    ? tr("%n agreement(s), %1 in force today. A partner pack goes under an "
                         "agreement in force and one of its purposes.",
                         nullptr, int(m_rows.size()))
                          .arg(inForce)
                    : tr("Could not read the agreements: %1").arg(error);
            m_summary->setText(summary);
            m_summary->setAccessibleName(summary);
            m_view->resizeColumnsToContents();
            if (!m_rows.isEmpty())
                m_view->selectRow(0);
            m_loading = false;
            updateButtons();
            emit reloaded();
        });
}

void AgreementsView::clearPersonalData()
{
    dropPendingLoads();
    m_loading = false;
    m_rows.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_summary->clear();
    m_summary->setAccessibleName(QString());
    updateButtons();
}

QString AgreementsView::statusText() const
{
    return tr("%n agreement(s)", nullptr, int(m_rows.size()));
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

} // namespace corroborate::ui
