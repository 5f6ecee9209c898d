#include "ConflictReload.h"

#include "core/FormDraft.h"

#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QPushButton>

namespace corroborate::ui {

ConflictReload::ConflictReload(QWidget* form, QFrame* frame, QLabel* label, QPushButton* reload)
    : QObject(form)
    , m_form(form)
    , m_frame(frame)
    , m_label(label)
    , m_reload(reload)
    , m_applyMine(new QPushButton(tr("Appl&y mine again"), frame))
{
    m_applyMine->setObjectName(QStringLiteral("applyMineButton"));
    m_applyMine->setAccessibleName(tr("Put your values back over the saved record"));
    m_applyMine->hide();
    if (QLayout* layout = frame->layout())
        layout->addWidget(m_applyMine);
    connect(m_applyMine, &QPushButton::clicked, this, [this] {
        FormDraft::restore(m_form, m_mine);
        m_mine = {};
        m_applyMine->hide();
        m_frame->hide();
        m_reload->show();
    });
}

void ConflictReload::keepMine()
{
    m_mine = FormDraft::capture(m_form);
}

void ConflictReload::showDifferences(QLabel* message)
{
    const QStringList diff = FormDraft::differences(m_form, m_mine, FormDraft::capture(m_form));
    if (diff.isEmpty()) {
        m_mine = {};
        m_frame->hide();
        message->setText(tr("Reloaded the saved record; it holds the same values as yours."));
        return;
    }
    m_label->setText(tr("Reloaded the saved record. Where yours differ:") + QLatin1Char('\n') +
                     diff.join(QLatin1Char('\n')));
    m_reload->hide();
    m_applyMine->show();
    m_frame->show();
    m_applyMine->setFocus();
    message->setText(tr("Check the saved values; choose “Apply mine again” to put yours back, "
                        "then Save."));
}

} // namespace corroborate::ui
