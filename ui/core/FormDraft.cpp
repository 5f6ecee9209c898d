#include "FormDraft.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextEdit>

namespace corroborate::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FormDraft)
};

bool isField(const QWidget* w)
{
    if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
        return false;
    // A combo box's own line edit belongs to the combo box.
    if (qobject_cast<const QLineEdit*>(w) && qobject_cast<const QComboBox*>(w->parentWidget()))
        return false;
    return true;
}

QString labelFor(const QWidget* form, const QWidget* field)
{
    for (const QLabel* label : form->findChildren<QLabel*>())
        if (label->buddy() == field) {
            QString t = label->text();
            t.remove(QLatin1Char('&'));
            while (t.endsWith(QLatin1Char(':')) || t.endsWith(QLatin1Char(' ')))
                t.chop(1);
            return t;
        }
    if (!field->accessibleName().isEmpty())
        return field->accessibleName();
    return field->objectName();
}
} // namespace

QJsonObject FormDraft::capture(const QWidget* form)
{
    QJsonObject o;
    for (const QWidget* w : form->findChildren<QWidget*>()) {
        if (!isField(w))
            continue;
        if (const auto* e = qobject_cast<const QLineEdit*>(w)) {
            // Never a password, even one shown with its toggle.
            if (e->echoMode() == QLineEdit::Normal &&
                !e->property("corroboratePasswordDecorated").toBool())
                o.insert(w->objectName(), e->text());
        } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
            o.insert(w->objectName(),
                     c->isEditable() ? c->currentText() : QString::number(c->currentIndex()));
        } else if (const auto* d = qobject_cast<const QDateEdit*>(w)) {
            o.insert(w->objectName(), d->date().toString(Qt::ISODate));
        } else if (const auto* s = qobject_cast<const QSpinBox*>(w)) {
            o.insert(w->objectName(), s->value());
        } else if (const auto* p = qobject_cast<const QPlainTextEdit*>(w)) {
            if (!p->isReadOnly())
                o.insert(w->objectName(), p->toPlainText());
        } else if (const auto* t = qobject_cast<const QTextEdit*>(w)) {
            if (!t->isReadOnly())
                o.insert(w->objectName(), t->toPlainText());
        } else if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
            if (b->isCheckable())
                o.insert(w->objectName(), b->isChecked());
        }
    }
    return o;
}

void FormDraft::restore(QWidget* form, const QJsonObject& values)
{
    for (QWidget* w : form->findChildren<QWidget*>()) {
        if (!isField(w) || !values.contains(w->objectName()))
            continue;
        const QJsonValue v = values.value(w->objectName());
        if (auto* e = qobject_cast<QLineEdit*>(w)) {
            if (e->echoMode() == QLineEdit::Normal && !e->isReadOnly())
                e->setText(v.toString());
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            if (c->isEditable())
                c->setCurrentText(v.toString());
            else
                c->setCurrentIndex(v.toString().toInt());
        } else if (auto* d = qobject_cast<QDateEdit*>(w)) {
            d->setDate(QDate::fromString(v.toString(), Qt::ISODate));
        } else if (auto* s = qobject_cast<QSpinBox*>(w)) {
            s->setValue(v.toInt());
        } else if (auto* p = qobject_cast<QPlainTextEdit*>(w)) {
            if (!p->isReadOnly())
                p->setPlainText(v.toString());
        } else if (auto* t = qobject_cast<QTextEdit*>(w)) {
            if (!t->isReadOnly())
                t->setPlainText(v.toString());
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            if (b->isCheckable())
                b->setChecked(v.toBool());
        }
    }
}

QStringList FormDraft::differences(const QWidget* form, const QJsonObject& mine,
                                   const QJsonObject& saved)
{
    QStringList out;
    for (const QWidget* w : form->findChildren<QWidget*>()) {
        const QString name = w->objectName();
        if (!isField(w) || !mine.contains(name) || mine.value(name) == saved.value(name))
            continue;
        if (!w->isVisibleTo(form))
            continue;
        const auto shown = [w](const QJsonValue& v) {
            if (const auto* c = qobject_cast<const QComboBox*>(w); c && !c->isEditable())
                return c->itemText(v.toString().toInt());
            if (v.isBool())
                return v.toBool() ? Text::tr("ticked") : Text::tr("not ticked");
            if (v.isDouble())
                return QString::number(v.toInt());
            return v.toString();
        };
        out << Text::tr("%1: yours “%2”, saved “%3”")
                   .arg(labelFor(form, w), shown(mine.value(name)), shown(saved.value(name)));
    }
    return out;
}

} // namespace corroborate::ui
