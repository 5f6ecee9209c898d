#include "ShortcutsDialog.h"
#include "HelpExtension.h"

#include "main/Extensions.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {
QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(MainWindow& window)
    : QDialog(&window)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Everything in Corroborate can be done from the keyboard. "
                                "Alt with an underlined letter chooses a menu, a field or a "
                                "button."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("What"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);

    QList<QStringList> rows;
    // Menu by menu, as the window has them now (extensions included).
    for (QAction* top : window.menuBar()->actions()) {
        QMenu* menu = top->menu();
        if (!menu)
            continue;
        for (QAction* a : menu->actions())
            if (!a->shortcut().isEmpty() && !a->text().isEmpty())
                rows << QStringList{plain(top->text()), plain(a->text()),
                                    a->shortcut().toString(QKeySequence::NativeText)};
    }
    const QString review = tr("Review");
    const QString fields = tr("Password fields");
    const auto key = [](const QKeySequence& k) {
        return k.toString(QKeySequence::NativeText);
    };
    rows << QStringList{review, tr("Go to step 1 to 4"),
                        tr("%1 to %2")
                            .arg(key(QKeySequence(Qt::ALT | Qt::Key_1)),
                                 key(QKeySequence(Qt::ALT | Qt::Key_4)))}
         << QStringList{review, tr("Next step / previous step"),
                        key(QKeySequence(Qt::CTRL | Qt::Key_PageDown)) + QStringLiteral(" / ") +
                            key(QKeySequence(Qt::CTRL | Qt::Key_PageUp))}
         << QStringList{review, tr("Save the decision and go to the next nominal"),
                        key(QKeySequence(Qt::CTRL | Qt::Key_Return))}
         << QStringList{review, tr("Edit the nominal's details"), key(QKeySequence(Qt::Key_F2))}
         << QStringList{review, tr("Add an intelligence item"),
                        key(QKeySequence(Qt::CTRL | Qt::Key_I))}
         << QStringList{fields, tr("Show or hide the password"),
                        key(QKeySequence(Qt::ALT | Qt::Key_F8))};
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < 3; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

void addShortcutsHelp(MainWindow& window)
{
    auto* action = new QAction(ShortcutsDialog::tr("&Keyboard shortcuts"), &window);
    action->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        ShortcutsDialog dialog(window);
        dialog.exec();
    });
    window.menu(MenuId::Help)->addAction(action);
    window.addAction(action);
}

} // namespace corroborate::ui
