#pragma once

#include <QString>

class QWidget;

namespace corroborate::ui {

class MainWindow;

// Which page of the user guide (docs/guide) belongs to a screen. F1 opens the guide there.
// A dialog's page is looked up by its class name (its QMetaObject), so a feature adds its
// dialogs with one call from its own files:
//     registerHelpTopic("ProposeDialog", QStringLiteral("signoff.html"));
void registerHelpTopic(const char* className, const QString& topic);
// The page for a top-level window: a dialog by class, the main window by its state (open and
// sign-in pages, the lock, the current view, the review step). "index.html" when none fits.
QString helpTopicFor(QWidget* window);
// The page for a main-window view id ("due", "audit", ...); extensions register theirs.
void registerViewHelpTopic(const QString& viewId, const QString& topic);

} // namespace corroborate::ui
