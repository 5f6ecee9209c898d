#pragma once

#include <QObject>

class QLineEdit;

namespace corroborate::ui {

// Gives every password field of the application, wherever it is (open, sign-in, lock, sign-off,
// new file), a show-password toggle and a Caps Lock warning, without each page doing it: an
// application-wide event filter decorates a QLineEdit in password mode when it is first shown.
class PasswordFields : public QObject
{
    Q_OBJECT
public:
    // Installs one filter on the application (again: nothing more happens).
    static void install();
    // Adds the toggle and the warning to `field` (once).
    static void decorate(QLineEdit* field);
    // Whether the field's Caps Lock warning is showing.
    static bool capsLockWarningShown(const QLineEdit* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace corroborate::ui
