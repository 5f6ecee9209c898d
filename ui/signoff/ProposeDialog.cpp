#include "ProposeDialog.h"
#include "accessibility/Accessibility.h"

#include "SignOffModels.h"
#include "core/Appearance.h"
#include "core/Error.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "workflow/NominalLookup.h"
#include "workflow/RemovalService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {
struct ProposeData
{
    QString reference;
    QString name;
    bool flagged = false;
    bool pending = false;
    QString reasons;
    QString suggestedReason;
    QString suggestedNote;
    QString error;
};
} // namespace

ProposeDialog::ProposeDialog(Session& session, qint64 nominalId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_sink(std::make_shared<ResultSink>(this))
{
    setObjectName(QStringLiteral("proposeDialog"));
    setWindowTitle(tr("Propose removal"));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);

    m_about = new QLabel(tr("Loading…"), this);
    m_about->setObjectName(QStringLiteral("proposeAbout"));
    m_about->setWordWrap(true);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("proposeReason"));
    m_reason->setAccessibleName(tr("Reason for removal"));
    // Nothing chosen for the user unless the evaluation gives the reason.
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const QString& code : RemovalService::reasonCodes())
        m_reason->addItem(RemovalService::reasonText(code), code);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("proposeNote"));
    m_note->setAccessibleName(tr("Note for the supervisor"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 6);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("proposeError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(reasonLabel, m_reason);
    form->addRow(noteLabel, m_note);
    auto* hint = new QLabel(tr("A note is required when the reason is “Other”. While the proposal "
                               "waits for a supervisor, the nominal is restricted: left out of "
                               "partner packs and anything shared outside the force."),
                            this);
    hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Propose removal"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("proposeOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Propose removal"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProposeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_reason, &QComboBox::currentIndexChanged, this, &ProposeDialog::updateOk);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ProposeDialog::updateOk);
    updateOk();

    auto sink = m_sink;
    m_session.worker().submit([this, sink, nominalId](WorkerContext& ctx) {
        auto data = std::make_shared<ProposeData>();
        try {
            const std::optional<Nominal> n = NominalLookup(ctx.db).byId(nominalId);
            if (!n) {
                data->error = tr("This nominal is no longer in the case file.");
            } else {
                data->reference = n->reference;
                data->name = n->displayName();
                RemovalService removals(ctx.db);
                const Evaluation e = removals.currentEvaluation(n->reference);
                data->flagged = e.isFlagged();
                data->reasons = signOffReasonWords(e.reasonCodes());
                data->suggestedReason = RemovalService::suggestedReason(e);
                data->suggestedNote = RemovalService::suggestedNote(e);
                data->pending = removals.isPending(n->reference);
            }
        } catch (const Error& e) {
            data->error = e.message();
        }
        sink->deliver([this, data] {
            if (!data->error.isEmpty()) {
                m_about->setText(data->error);
                showError(data->error);
                return;
            }
            m_reference = data->reference;
            QString about = tr("%1 — %2").arg(data->reference, data->name) + QLatin1Char('\n');
            about += data->flagged ? tr("Below the threshold: %1").arg(data->reasons)
                                   : tr("Meets the threshold today.");
            m_about->setText(about);
            m_about->setAccessibleName(about);
            if (!data->suggestedReason.isEmpty()) {
                m_reason->setCurrentIndex(m_reason->findData(data->suggestedReason));
                m_note->setPlainText(data->suggestedNote);
            }
            m_loaded = true;
            if (data->pending)
                showError(tr("A removal proposal for %1 is already waiting for a supervisor.")
                              .arg(data->reference));
            updateOk();
            m_reason->setFocus();
            emit loaded();
        });
    });
}

ProposeDialog::~ProposeDialog()
{
    m_sink->detach();
}

QString ProposeDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ProposeDialog::updateOk()
{
    const bool other = m_reason->currentData().toString() == u"OTHER";
    const bool ok = m_loaded && !m_reason->currentData().toString().isEmpty() &&
                    (!other || !m_note->toPlainText().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ProposeDialog::showError(const QString& message)
{
    m_error->setText(tr("Not done: %1").arg(message));
    Accessibility::announce(m_error, m_error->text());
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Appearance::flaggedColour(palette()));
    m_error->setPalette(p);
    QFont f = m_error->font();
    f.setBold(true);
    m_error->setFont(f);
    m_error->show();
}

void ProposeDialog::accept()
{
    if (!m_loaded)
        return;
    try {
        RemovalService(m_session.db())
            .propose(m_session.user(), m_reference, m_reason->currentData().toString(),
                     m_note->toPlainText().trimmed());
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    emit proposed(m_reference);
    QDialog::accept();
}

} // namespace corroborate::ui
