#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace corroborate::ui {

class MainWindow;
class Session;

// What the rights views and the Nominal menu's rights actions share.

// Officers and supervisors use the rights views and add statements.
bool mayUseRights(const Session& s);
// Supervisors restrict and lift, and see the count of open requests.
bool isRightsSupervisor(const Session& s);
// The supervisors' count in the status bar ("subjectAccessStatus"): created once per window,
// updated by the Subject access view, hidden at lock and close.
void showSubjectAccessCount(MainWindow& window, int open, int overdue);
// The selected nominal's reference, or empty (told to the user under `title`).
QString currentReference(MainWindow& window, const QString& title);
// The code whose words were chosen (or the code itself, typed); empty when none matches.
QString codeFor(const QString& answer, const QStringList& codes,
                const std::function<QString(const QString&)>& words);

} // namespace corroborate::ui
