#pragma once

#include "FieldProblems.h"
#include "core/Nominal.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class NominalDialog;
}

namespace corroborate::ui {

class ConflictReload;

// Creating or editing a nominal's details (laid out in NominalDialog.ui). Problems show beside
// each field as the user types; a reason is required; saving goes through the given function,
// and a conflict with a change saved meanwhile shows who and when, with Reload.
class NominalDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<void(const Nominal& nominal, const QString& reason)>;
    using ReloadFunction = std::function<std::optional<Nominal>()>;

    NominalDialog(const Nominal& nominal, bool creating, bool synthetic, QWidget* parent = nullptr);
    ~NominalDialog() override;

    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    void setReloadFunction(ReloadFunction reload) { m_reload = std::move(reload); }
    Nominal nominal() const;
    void accept() override;

private:
    void load(const Nominal& nominal);
    bool validate();
    std::unique_ptr<::Ui::NominalDialog> m_ui;
    Nominal m_original;
    bool m_creating;
    SaveFunction m_save;
    ConflictReload* m_conflict = nullptr;
    ReloadFunction m_reload;
    FieldProblems m_problems;
    bool m_dateOfBirthUnreadable = false;
    bool m_harmUnreadable = false;
};

} // namespace corroborate::ui
