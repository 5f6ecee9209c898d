#pragma once

namespace corroborate::ui {

class MainWindow;

// Adds Help ▸ User guide (F1, and F1 in dialogs).
void addUserGuide(MainWindow& window);
// Adds Help ▸ Keyboard shortcuts (ShortcutsDialog.cpp).
void addShortcutsHelp(MainWindow& window);

} // namespace corroborate::ui
