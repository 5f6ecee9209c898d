#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace corroborate::ui {

// Auto-lock minutes, theme, language and the protective marking. Applies on OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    void accept() override;

signals:
    void applied();

private:
    QSpinBox* m_autoLock;
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
