#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace corroborate::ui {

// Auto-lock minutes, theme, language (this machine's settings, applied on OK) and the case
// file's protective marking, which only an administrator may change: the caller saves it.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `marking` is the open case file's (empty when none is open); `canEditMarking` says
    // whether the signed-in user may change it.
    explicit SettingsDialog(const QString& marking = {}, bool canEditMarking = false,
                            QWidget* parent = nullptr);
    void accept() override;
    QString marking() const;
    // The case file's longest idle time (the user's choice cannot exceed it); administrators
    // may change it here (the caller saves it).
    void setIdleLimit(int maxMinutes, bool canEdit);
    int idleLimit() const;

signals:
    void applied();

private:
    QSpinBox* m_autoLock;
    QSpinBox* m_idleLimit;
    QLabel* m_idleLimitLabel;
    QComboBox* m_theme;
    QComboBox* m_language;
    QLineEdit* m_marking;
};

// The application, Qt, SQLite and SQLCipher versions.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString& cipherVersion, QWidget* parent = nullptr);
};

} // namespace corroborate::ui
