#include "AgreementDialog.h"

#include "core/Appearance.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace corroborate::ui {

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

} // namespace corroborate::ui
