#pragma once

namespace corroborate::ui {

class MainWindow;

// Adds the Awaiting sign-off and Erasure register views and the Nominal menu's propose and
// withdraw actions.
void addSignOffViews(MainWindow& window);

} // namespace corroborate::ui
