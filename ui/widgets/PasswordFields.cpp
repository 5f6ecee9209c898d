#include "PasswordFields.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QToolTip>

namespace corroborate::ui {

namespace {
const char* const kDecorated = "corroboratePasswordDecorated";
const char* const kCapsAction = "corroborateCapsAction";

QAction* capsAction(const QLineEdit* field)
{
    return field->property(kCapsAction).value<QAction*>();
}
} // namespace

void PasswordFields::install()
{
    static QPointer<PasswordFields> filter;
    if (filter || !qApp)
        return;
    filter = new PasswordFields(qApp);
    qApp->installEventFilter(filter);
}

void PasswordFields::decorate(QLineEdit* field)
{
    if (!field || field->property(kDecorated).toBool())
        return;
    field->setProperty(kDecorated, true);
    auto* caps =
        new QAction(QIcon(QStringLiteral(":/icons/caps-lock.svg")), tr("Caps Lock is on"), field);
    caps->setObjectName(QStringLiteral("capsLockWarning"));
    caps->setToolTip(tr("Caps Lock is on: passwords are case-sensitive."));
    caps->setVisible(false);
    field->addAction(caps, QLineEdit::TrailingPosition);
    field->setProperty(kCapsAction, QVariant::fromValue(caps));
    auto* show = new QAction(QIcon(QStringLiteral(":/icons/show-password.svg")),
                             tr("Show the password"), field);
    show->setObjectName(QStringLiteral("showPassword"));
    show->setCheckable(true);
    show->setToolTip(tr("Show the password as you type it (Alt+F8)"));
    show->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F8));
    show->setShortcutContext(Qt::WidgetShortcut);
    field->addAction(show, QLineEdit::TrailingPosition);
    QPointer<QLineEdit> guard(field);
    QObject::connect(show, &QAction::toggled, field, [guard, show](bool on) {
        if (!guard)
            return;
        guard->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(on ? tr("Hide the password") : tr("Show the password"));
    });
    // Hidden again whenever the field is cleared (after a sign-in, on lock).
    QObject::connect(field, &QLineEdit::textChanged, field, [show](const QString& text) {
        if (text.isEmpty() && show->isChecked())
            show->setChecked(false);
    });
}

bool PasswordFields::capsLockWarningShown(const QLineEdit* field)
{
    const QAction* caps = capsAction(field);
    return caps && caps->isVisible();
}

bool PasswordFields::eventFilter(QObject* watched, QEvent* event)
{
    auto* field = qobject_cast<QLineEdit*>(watched);
    if (!field)
        return false;
    if (event->type() == QEvent::Show || event->type() == QEvent::FocusIn) {
        if (field->echoMode() == QLineEdit::Password)
            decorate(field);
        return false;
    }
    if (event->type() == QEvent::KeyPress && field->property(kDecorated).toBool()) {
        // A letter typed tells the Caps Lock state: upper case without Shift, or lower case
        // with it. Qt has no portable query of the key's state.
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter() &&
            text.at(0).toUpper() != text.at(0).toLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            const bool on = text.at(0).isUpper() != shift;
            if (QAction* caps = capsAction(field); caps && caps->isVisible() != on) {
                caps->setVisible(on);
                field->setAccessibleDescription(on ? caps->toolTip() : QString());
                if (on && field->isVisible())
                    QToolTip::showText(field->mapToGlobal(QPoint(0, field->height())),
                                       caps->toolTip(), field);
                else
                    QToolTip::hideText();
            }
        }
    }
    return false;
}

} // namespace corroborate::ui
