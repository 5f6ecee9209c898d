#pragma once

#include "core/Sharing.h"
#include "packs/PackBuilder.h"

#include <QDate>
#include <QDialog>
#include <QStringList>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace Ui {
class PackDialog;
}

namespace corroborate::ui {

// Asking for a review pack (issue 6), laid out in PackDialog.ui: which nominals (the selected
// one, the list's selection, all due for review by a date, or all flagged), for whom (internal
// or partner), and the disclosure's recipient, lawful basis and purpose. Save as PDF, Print and
// Preview stay disabled until all three are given; problems show beside the fields. The
// dialog only asks: PackFlow reads the file, renders and records.
class PackDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Selection
    {
        Current,
        ListSelection,
        DueBy,
        Flagged
    };
    enum class Output
    {
        Pdf,
        Print,
        Preview
    };

    // `currentReference` may be empty (no nominal selected); `listSelection` is offered when it
    // holds more than one reference.
    PackDialog(const QString& currentReference, const QStringList& listSelection,
               const QDate& today, QWidget* parent = nullptr);
    ~PackDialog() override;

    Selection selection() const;
    QDate dueBy() const;
    // The references of a Current or ListSelection choice (empty for the batch choices).
    QStringList chosenReferences() const;
    // Audience, recipient, basis, purpose (trimmed) and the pack's language; references left
    // empty. Partner packs: the chosen agreement (recipient and basis are its own) and one of
    // its purposes.
    PackRequest request() const;
    // The agreements in force today that a partner pack may go under (issue 10).
    void setAgreements(const QList<Agreement>& inForce);
    // Internal packs encrypted on request; partner packs always.
    bool encrypt() const;
    bool isComplete() const;

    // While a pack is read or rendered the choices cannot change.
    void setBusy(bool busy);
    void setStatus(const QString& text);

    QPushButton* saveButton() const { return m_save; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* previewButton() const { return m_preview; }

signals:
    void outputRequested(corroborate::ui::PackDialog::Output output);

private:
    void validate();
    void updateAudienceNote();
    void updateAgreement();
    const Agreement* chosenAgreement() const;

    std::unique_ptr<::Ui::PackDialog> m_ui;
    QString m_current;
    QStringList m_listSelection;
    QComboBox* m_language; // the pack's language, the app's own by default
    QPushButton* m_save;
    QPushButton* m_print;
    QPushButton* m_preview;
    bool m_busy = false;
    QList<Agreement> m_agreements;
    QLabel* m_agreementLabel;
    QComboBox* m_agreementCombo;
    QLabel* m_agreementPurposeLabel;
    QComboBox* m_agreementPurposeCombo;
    QLabel* m_agreementNote;
    QCheckBox* m_encryptCheck;
};

} // namespace corroborate::ui
