#pragma once

namespace corroborate::ui {

class MainWindow;

// Adds the Disclosures and Agreements views and the overdue count in the status bar.
void addSharingViews(MainWindow& window);

} // namespace corroborate::ui
