#pragma once

#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace corroborate::ui {

// Every modal question the windows ask goes through this one object, which the main window
// owns. Tests replace it (MainWindow::setDialogs) with one that answers from a script, so no
// test ever waits on a real modal loop. Not a static: two windows may have two.
class Dialogs : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Dialogs() override;

    virtual QString openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter);
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter);
    virtual QMessageBox::StandardButton
    message(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // A short reason (for an edit, a deferral, a consultation): presets offered in an editable
    // list. nullopt when cancelled.
    virtual std::optional<QString> reason(QWidget* parent, const QString& title,
                                          const QString& prompt, const QStringList& presets = {});

    void information(QWidget* parent, const QString& title, const QString& text)
    {
        message(parent, QMessageBox::Information, title, text);
    }
    void warning(QWidget* parent, const QString& title, const QString& text)
    {
        message(parent, QMessageBox::Warning, title, text);
    }
    bool question(QWidget* parent, const QString& title, const QString& text)
    {
        return message(parent, QMessageBox::Question, title, text,
                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    }
};

} // namespace corroborate::ui
