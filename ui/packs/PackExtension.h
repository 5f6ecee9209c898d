#pragma once

namespace corroborate::ui {

class MainWindow;

// Adds Nominal ▸ Review pack… (PackFlow).
void addPackAction(MainWindow& window);

} // namespace corroborate::ui
