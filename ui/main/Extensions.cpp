#include "Extensions.h"

namespace corroborate::ui {

// One explicit list, no static initialisers: every extension of the window, in the order the
// menus show them (the order the registrations ran in before, by link order).
void addWindowExtensions(MainWindow& window)
{
    addAnnouncements(window);
    addUserGuide(window);
    addShortcutsHelp(window);
    addImportAction(window);
    addOversightView(window);
    addPackAction(window);
    addRightsViews(window);
    addSharingViews(window);
    addSignOffViews(window);
}

} // namespace corroborate::ui
