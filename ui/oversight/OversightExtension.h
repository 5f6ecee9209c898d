#pragma once

namespace corroborate::ui {

class MainWindow;

// Adds the Oversight report view and Tools ▸ Oversight report.
void addOversightView(MainWindow& window);

} // namespace corroborate::ui
