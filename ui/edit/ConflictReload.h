#pragma once

#include <QJsonObject>
#include <QObject>

class QFrame;
class QLabel;
class QPushButton;
class QWidget;

namespace corroborate::ui {

// After an edit conflict, Reload shows the saved record and keeps what the user typed: their
// values beside the saved ones, and a button to apply theirs again (saving then goes over the
// record as it is now). Shared by the edit dialogs.
class ConflictReload : public QObject
{
    Q_OBJECT
public:
    // `frame` is the dialog's conflict frame (a horizontal layout with `label` and `reload`).
    ConflictReload(QWidget* form, QFrame* frame, QLabel* label, QPushButton* reload);
    // Call just before the saved record replaces the fields.
    void keepMine();
    // Call just after: shows the differences, or says there are none.
    void showDifferences(QLabel* message);

private:
    QWidget* m_form;
    QFrame* m_frame;
    QLabel* m_label;
    QPushButton* m_reload;
    QPushButton* m_applyMine;
    QJsonObject m_mine;
};

} // namespace corroborate::ui
