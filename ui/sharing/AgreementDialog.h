#pragma once

#include "sharing/AgreementService.h"

#include <QDialog>
#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace corroborate::ui {

// Adding or amending an agreement (administrators).
class AgreementDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` null: a new agreement.
    AgreementDialog(const Agreement* existing, const QDate& today, QWidget* parent = nullptr);
    AgreementDraft draft() const;
    void setProblem(const QString& text);
    // Called by Save: returns the problem to show (the dialog stays open), or an empty string
    // (the dialog closes).
    void setSaver(std::function<QString(const AgreementDraft&)> saver)
    {
        m_saver = std::move(saver);
    }
    void accept() override;

private:
    std::function<QString(const AgreementDraft&)> m_saver;
    QLineEdit* m_partner;
    QLineEdit* m_basis;
    QPlainTextEdit* m_purposes;
    QSpinBox* m_retention;
    QDateEdit* m_from;
    QDateEdit* m_until;
    QLabel* m_problem;
};

} // namespace corroborate::ui
