#pragma once

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace corroborate::ui {

class ResultSink;
class Session;

// "Propose removal…" while browsing: a reason code (shown in words) and a note (required for
// OTHER), filled in from the nominal's evaluation when it is flagged. The proposal is made by
// RemovalService::propose when OK is pressed; its refusal is shown in the dialog.
class ProposeDialog : public QDialog
{
    Q_OBJECT
public:
    ProposeDialog(Session& session, qint64 nominalId, QWidget* parent = nullptr);
    ~ProposeDialog() override;

    const QString& reference() const { return m_reference; }
    bool isLoaded() const { return m_loaded; }
    QString errorText() const;
    void accept() override;

signals:
    void loaded();
    void proposed(const QString& reference);

private:
    void showError(const QString& message);
    void updateOk();

    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;
    QString m_reference;
    bool m_loaded = false;
    QLabel* m_about;
    QComboBox* m_reason;
    QPlainTextEdit* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace corroborate::ui
