#pragma once

#include "core/Secret.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace corroborate::ui {

// What the window shows while locked: no data at all, only who is signed in and a password
// field for that same user. Enter unlocks.
class LockPage : public QWidget
{
    Q_OBJECT
public:
    explicit LockPage(QWidget* parent = nullptr);
    void start(const QString& username, const QString& fileName);
    void fail(const QString& message);
    void setBusy(bool busy);

signals:
    void unlockRequested(const corroborate::Secret& password);
    void closeRequested();

private:
    QLabel* m_who;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_unlock;
    QPushButton* m_close;
};

} // namespace corroborate::ui
