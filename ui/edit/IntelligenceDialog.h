#pragma once

#include "FieldProblems.h"
#include "core/Nominal.h"
#include "policy/Policy.h"

#include <QDialog>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QStringListModel;

namespace Ui {
class IntelligenceDialog;
}

namespace corroborate::ui {

class ConflictReload;

// Adding or correcting an intelligence item (laid out in IntelligenceDialog.ui): grading
// pickers that show each code's meaning, conditions required for handling code C, originators
// offered from the file, a live preview of the threshold result with this item, and a reason
// for the audit log. A conflict with a change saved meanwhile shows who and when, with Reload.
class IntelligenceDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<void(const IntelligenceItem& item, const QString& reason)>;
    using ReloadFunction = std::function<std::optional<IntelligenceItem>()>;
    // Asks for originators starting with a prefix; calls back (on the GUI thread) with them.
    using OriginatorLookup =
        std::function<void(const QString& prefix, std::function<void(const QStringList&)> done)>;

    // `others` is the nominal's intelligence without this item, for the preview.
    IntelligenceDialog(const Nominal& nominal, const QList<IntelligenceItem>& others,
                       const IntelligenceItem& item, bool creating, const Policy& policy,
                       bool synthetic, QWidget* parent = nullptr);
    ~IntelligenceDialog() override;

    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    void setReloadFunction(ReloadFunction reload) { m_reload = std::move(reload); }
    void setOriginatorLookup(OriginatorLookup lookup) { m_lookup = std::move(lookup); }
    IntelligenceItem item() const;
    // True when the user chose to regrade a legacy 5x5x5 item to 3x5x2 (item() then has no
    // legacy grade; nothing else can change in the same action).
    bool regrading() const;
    void accept() override;

private:
    void load(const IntelligenceItem& item);
    bool validate();
    void updatePreview();
    std::unique_ptr<::Ui::IntelligenceDialog> m_ui;
    Nominal m_nominal;
    QList<IntelligenceItem> m_others;
    IntelligenceItem m_original;
    Policy m_policy;
    SaveFunction m_save;
    ConflictReload* m_conflict = nullptr;
    ReloadFunction m_reload;
    OriginatorLookup m_lookup;
    FieldProblems m_problems;
    QStringListModel* m_originators;
    QTimer m_lookupTimer;
    // A legacy 5x5x5 item: its grade shown as legacy, and the one action that regrades it.
    QLabel* m_legacyLabel = nullptr;
    QCheckBox* m_regrade = nullptr;
    quint64 m_lookupRequest = 0;
};

} // namespace corroborate::ui
