#pragma once

#include <QDialog>

class QLineEdit;

namespace corroborate::ui {

class Clipboard;

// Shows an encrypted pack's password once (issue 10), with Copy. The password is held only by
// this dialog's field, which is cleared when it closes; nothing stores or logs it.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString& packIdentifier, const QString& recipient, const QString& password,
                   Clipboard& clipboard, QWidget* parent = nullptr);
    ~PasswordDialog() override;

    QLineEdit* passwordField() const { return m_field; }

protected:
    void done(int result) override;

private:
    QLineEdit* m_field;
};

} // namespace corroborate::ui
