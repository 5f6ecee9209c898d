#pragma once

#include <QDialog>

class QTableWidget;

namespace corroborate::ui {

class MainWindow;

// Help ▸ Keyboard shortcuts: every action of the window that has a key (read from the window
// itself, so it never goes stale), and the keys of the review steps.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(MainWindow& window);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace corroborate::ui
