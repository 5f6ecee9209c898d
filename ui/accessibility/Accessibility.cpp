#include "Accessibility.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPainter>
#include <QPointer>
#include <QStatusBar>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>

namespace corroborate::ui {

namespace {

// The text field inside a spin box, date edit or editable combo box is a control of its own to
// a screen reader: it takes the box's name.
void nameInnerField(QWidget* box)
{
    QLineEdit* edit = nullptr;
    QString name;
    if (auto* combo = qobject_cast<QComboBox*>(box)) {
        edit = combo->lineEdit();
        name = combo->accessibleName(); // its interface would answer the value otherwise
    } else if (qobject_cast<QAbstractSpinBox*>(box)) {
        edit = box->findChild<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly);
        name = Accessibility::accessibleName(box);
    }
    if (edit && edit->accessibleName().isEmpty() && !name.isEmpty())
        edit->setAccessibleName(name);
}

void nameWidget(QWidget* w)
{
    if (auto* label = qobject_cast<QLabel*>(w)) {
        QWidget* buddy = label->buddy();
        if (buddy && buddy->accessibleName().isEmpty()) {
            const QString name = Accessibility::nameFromLabel(label);
            if (!name.isEmpty())
                buddy->setAccessibleName(name);
        }
        if (buddy)
            nameInnerField(buddy);
        return;
    }
    if (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w)) {
        nameInnerField(w);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(w)) {
        if (w->parentWidget())
            nameInnerField(w->parentWidget());
        // The clear button QLineEdit makes for setClearButtonEnabled() has no name of its own.
        for (QToolButton* button :
             edit->findChildren<QToolButton*>(QString(), Qt::FindDirectChildrenOnly))
            if (button->accessibleName().isEmpty())
                button->setAccessibleName(
                    edit->accessibleName().isEmpty()
                        ? QApplication::translate("Accessibility", "Clear the field")
                        : QApplication::translate("Accessibility", "Clear %1")
                              .arg(edit->accessibleName()));
        return;
    }
    if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        if (button->accessibleName().isEmpty() && button->text().isEmpty() &&
            !button->toolTip().isEmpty())
            button->setAccessibleName(
                QTextDocumentFragment::fromHtml(button->toolTip()).toPlainText().simplified());
    }
}

// On Linux Qt's own combo box interface answers its current value as its name (the label goes
// in a relation, which not every reader follows), so "Police" is read where "Provider category"
// is meant. This one answers the name (accessibleName, else its buddy label) and keeps the
// value as the value; the editable field and the popup stay the combo box's own children.
class ComboBoxAccessible : public QAccessibleWidget
{
public:
    explicit ComboBoxAccessible(QComboBox* combo)
        : QAccessibleWidget(combo, QAccessible::ComboBox)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        auto* combo = static_cast<QComboBox*>(widget());
        if (t == QAccessible::Value)
            return combo->isEditable() && combo->lineEdit() ? combo->lineEdit()->text()
                                                            : combo->currentText();
        if (t == QAccessible::Name) {
            const QString name = QAccessibleWidget::text(t);
            return name.isEmpty() ? combo->currentText() : name;
        }
        return QAccessibleWidget::text(t);
    }

    QStringList actionNames() const override
    {
        return QStringList{showMenuAction()} + QAccessibleWidget::actionNames();
    }

    void doAction(const QString& action) override
    {
        if (action == showMenuAction() || action == pressAction())
            static_cast<QComboBox*>(widget())->showPopup();
        else
            QAccessibleWidget::doAction(action);
    }
};

QAccessibleInterface* comboBoxFactory(const QString& className, QObject* object)
{
    if (className == u"QComboBox" && object && object->isWidgetType())
        if (auto* combo = qobject_cast<QComboBox*>(object))
            return new ComboBoxAccessible(combo);
    return nullptr;
}

// The ring around the focused widget, one per top-level window, drawn over the window's other
// children. It never takes mouse or keyboard input.
class FocusRing : public QWidget
{
public:
    explicit FocusRing(QWidget* window)
        : QWidget(window)
    {
        setObjectName(QStringLiteral("focusRing"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        setAccessibleName(QString()); // not in the accessibility tree as a control
        hide();
        // Scrolling moves a widget without an event on it: follow it cheaply.
        m_timer.setInterval(200);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { follow(); });
    }

    void setTarget(QWidget* target)
    {
        m_target = target;
        follow();
        if (m_target)
            m_timer.start();
        else
            m_timer.stop();
    }

    void follow()
    {
        QWidget* window = parentWidget();
        if (!m_target || !m_target->isVisible() || m_target->window() != window) {
            hide();
            return;
        }
        // Inside an item view the view's own current-item frame is the ring's job; the ring
        // goes round the whole view (its viewport has the focus).
        QWidget* target = m_target;
        if (target->parentWidget() && target->parentWidget()->focusProxy() == nullptr &&
            qobject_cast<QAbstractScrollArea*>(target->parentWidget()))
            target = target->parentWidget();
        const QRect r(target->mapTo(window, QPoint(0, 0)), target->size());
        const QRect ring = r.adjusted(-kWidth, -kWidth, kWidth, kWidth).intersected(window->rect());
        if (geometry() != ring)
            setGeometry(ring);
        raise();
        show();
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        QPen pen(palette().color(QPalette::Highlight), kWidth);
        pen.setJoinStyle(Qt::MiterJoin);
        p.setPen(pen);
        p.drawRect(rect().adjusted(kWidth / 2, kWidth / 2, -(kWidth + 1) / 2, -(kWidth + 1) / 2));
    }

private:
    static constexpr int kWidth = 2;
    QPointer<QWidget> m_target;
    QTimer m_timer;
};

class ApplicationFilter : public QObject
{
public:
    using QObject::QObject;

    void focusChanged(QWidget* old, QWidget* now)
    {
        if (old && old->window() != (now ? now->window() : nullptr))
            if (FocusRing* ring = ringOf(old->window(), false))
                ring->setTarget(nullptr);
        if (!now)
            return;
        QWidget* window = now->window();
        if (window->objectName() == u"focusRing")
            return;
        if (FocusRing* ring = ringOf(window, true))
            ring->setTarget(now);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType())
            nameWidget(static_cast<QWidget*>(watched));
        return false;
    }

private:
    static FocusRing* ringOf(QWidget* window, bool create)
    {
        if (!window || (window->isHidden() && !create))
            return nullptr;
        auto* ring =
            window->findChild<FocusRing*>(QStringLiteral("focusRing"), Qt::FindDirectChildrenOnly);
        if (!ring && create && (window->windowFlags() & Qt::Popup) != Qt::Popup &&
            window->windowType() != Qt::ToolTip)
            ring = new FocusRing(window);
        return ring;
    }
};

} // namespace

void Accessibility::install(QApplication& app)
{
    static ApplicationFilter* filter = nullptr;
    if (filter)
        return;
    filter = new ApplicationFilter(&app);
    QAccessible::installFactory(comboBoxFactory);
    app.installEventFilter(filter);
    QObject::connect(&app, &QApplication::focusChanged, filter,
                     [](QWidget* old, QWidget* now) { filter->focusChanged(old, now); });
}

void Accessibility::nameWidgets(QWidget* root)
{
    if (!root)
        return;
    nameWidget(root);
    // Labels first: they name their buddies, which then name their own parts.
    for (QLabel* label : root->findChildren<QLabel*>())
        nameWidget(label);
    for (QWidget* w : root->findChildren<QWidget*>())
        if (!qobject_cast<QLabel*>(w))
            nameWidget(w);
}

QString Accessibility::nameFromLabel(const QLabel* label)
{
    QString text = label->text();
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text = text.simplified();
    while (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

QString Accessibility::accessibleName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

void Accessibility::announce(QWidget* context, const QString& message)
{
    if (!context)
        return;
    QWidget* target = context;
    if (auto* main = qobject_cast<QMainWindow*>(context->window()))
        target = main->statusBar();
    const QString text = message.simplified();
    const QString name = text.isEmpty() && qobject_cast<QStatusBar*>(target)
                             ? QApplication::translate("Accessibility", "Status")
                             : text;
    target->setAccessibleName(name);
    // Sent explicitly: the same message again is news again, and readers listen for this.
    QAccessibleEvent event(target, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void Accessibility::showStatus(QWidget* context, const QString& message)
{
    if (!context)
        return;
    if (auto* main = qobject_cast<QMainWindow*>(context->window())) {
        main->statusBar()->showMessage(message, 8000);
        Accessibility::announce(main, message); // also when the same message is shown again
    } else {
        announce(context, message);
    }
}

} // namespace corroborate::ui
