#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace corroborate::ui {

// Asks for a short reason: an editable list of presets plus free text. OK stays disabled until
// there is a reason.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& prompt, const QStringList& presets,
                 QWidget* parent = nullptr);
    QString reason() const;

private:
    QComboBox* m_reason;
};

} // namespace corroborate::ui
