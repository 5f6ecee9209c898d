#pragma once

namespace corroborate::ui {

class MainWindow;

// Adds the Subject access and Restricted views, the supervisors' count of open requests and
// the Nominal menu's statement, restrict and lift actions.
void addRightsViews(MainWindow& window);

} // namespace corroborate::ui
