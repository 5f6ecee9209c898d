#pragma once

#include <QObject>
#include <QString>

class QApplication;
class QLabel;
class QWidget;

namespace corroborate::ui {

// Screen readers and the keyboard, application-wide (issue 14):
// - names: as each widget is shown, a control without an accessible name gets one from the
//   label that is its buddy, an editable combo box's line edit and a line edit's clear button
//   get theirs, and an icon-only button takes its tool tip (nameWidgets);
// - focus: a ring in the palette's highlight colour drawn around whatever has keyboard focus,
//   in every window, whatever the style draws itself (FocusRing);
// - announcements: Qt 6.4 has no QAccessible::Announcement event (6.8+), so status messages
//   ("Saved", "Locked", errors) become the accessible name of the window's status bar (of the
//   problem label in a dialog), which Qt sends to screen readers as
//   a NameChanged event (announce).
class Accessibility
{
public:
    // Installs the naming filter and the focus ring. Called once by setUpApplication().
    static void install(QApplication& app);
    // Names the controls under `root` that have none (also done automatically on show).
    static void nameWidgets(QWidget* root);
    // The text of a label as a name: mnemonic ampersands, rich text and the trailing colon gone.
    static QString nameFromLabel(const QLabel* label);
    // The name a screen reader would read for `widget` (QAccessibleInterface::text(Name)).
    static QString accessibleName(QWidget* widget);
    // Says `message` to a screen reader: it becomes the accessible name of the status bar of
    // `context`'s main window (QAccessible::NameChanged); in a dialog, of `context` itself.
    // An empty message puts the status bar's own name back.
    static void announce(QWidget* context, const QString& message);
    // Shows `message` in the status bar of `context`'s main window for a few seconds, where it
    // is also announced; without a main window, only announces it.
    static void showStatus(QWidget* context, const QString& message);
};

} // namespace corroborate::ui
