#pragma once

class QApplication;

namespace corroborate::ui {

// Names, application id, icon, theme and language: what main() and the GUI tests both set up.
void setUpApplication(QApplication& app);

} // namespace corroborate::ui
