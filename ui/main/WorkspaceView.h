#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace corroborate::ui {

// What every view in the main window's workspace is to the window (the lists, the audit log,
// sign-off, oversight, the rights and sharing registers, and any view an extension adds): the
// window refreshes it when the file changes, clears it before a lock, and shows its status
// text. A view's widget implements this beside QWidget; ViewSpec::create returns such a
// widget, and the window reaches every view the same way, never by its concrete class.
class WorkspaceView
{
public:
    virtual ~WorkspaceView() = default;

    // Something changed in the case file: load again (off the GUI thread for anything big).
    virtual void refresh() = 0;
    // The window is about to lock or close: drop every name, reference and free text the view
    // holds or shows (models, caches, selection, search text that may hold a name).
    virtual void clearPersonalData() = 0;
    // One line for the status bar while the view is current ("1,234 nominals"); empty: none.
    virtual QString statusText() const { return {}; }
    // The nominal the view has selected (0: none), for commands that act on one.
    virtual qint64 selectedNominalId() const { return 0; }
    // Puts the keyboard focus on the view's search field, when it has one (Ctrl+F).
    virtual bool focusSearch() { return false; }
    // Puts the keyboard focus where work starts when the view is chosen (a list's table).
    virtual void focusContent() {}
    // Views that list nominals: their selection can start a review or be copied.
    virtual bool listsNominals() const { return false; }
    virtual QString selectedReference() const { return {}; }
    virtual QStringList selectedReferences() const { return {}; }
    // Selects the row of `id` once it is loaded (after an unlock puts the view back).
    virtual void selectNominal(qint64 id) { Q_UNUSED(id) }
};

} // namespace corroborate::ui
