#pragma once

namespace corroborate::ui {

class MainWindow;

// Speaks status-bar messages, the lock and the unlock to screen readers.
void addAnnouncements(MainWindow& window);

} // namespace corroborate::ui
