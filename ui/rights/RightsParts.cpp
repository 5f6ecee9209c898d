#include "RightsParts.h"

#include "SubjectAccessView.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "data/Session.h"
#include "main/MainWindow.h"
#include "workflow/NominalLookup.h"

#include <QLabel>
#include <QStatusBar>

namespace corroborate::ui {

namespace {
const QString kStatusLabel = QStringLiteral("subjectAccessStatus");
} // namespace

bool mayUseRights(const Session& s)
{
    return s.user().roles.has(Role::Officer) || s.user().roles.has(Role::Supervisor);
}

bool isRightsSupervisor(const Session& s)
{
    return s.user().roles.has(Role::Supervisor);
}

// The supervisors' count in the status bar: created once per window, updated by the view.
void showSubjectAccessCount(MainWindow& window, int open, int overdue)
{
    auto* label = window.statusBar()->findChild<QLabel*>(kStatusLabel);
    if (!label) {
        label = new QLabel(&window);
        label->setObjectName(kStatusLabel);
        window.statusBar()->addPermanentWidget(label);
    }
    const Session* s = window.session();
    if (!s || !isRightsSupervisor(*s) || window.isLocked()) {
        label->clear();
        label->hide();
        return;
    }
    label->setText(overdue > 0
                       ? SubjectAccessView::tr("Subject access: %n open, %1 overdue", nullptr, open)
                             .arg(overdue)
                       : SubjectAccessView::tr("Subject access: %n open", nullptr, open));
    label->setAccessibleName(label->text());
    label->show();
}

// The selected nominal's reference, or empty (told to the user).
QString currentReference(MainWindow& window, const QString& title)
{
    Session* s = window.session();
    const qint64 id = window.currentNominalId();
    if (s && id > 0) {
        try {
            if (const std::optional<Nominal> n = NominalLookup(s->db()).byId(id))
                return n->reference;
        } catch (const Error& e) {
            window.dialogs().warning(&window, title, e.message());
            return {};
        }
    }
    window.dialogs().information(&window, title,
                                 SubjectAccessView::tr("Select a nominal in a list first."));
    return {};
}

// The code whose words were chosen (or the code itself, typed); empty when none matches.
QString codeFor(const QString& answer, const QStringList& codes,
                const std::function<QString(const QString&)>& words)
{
    for (const QString& code : codes)
        if (answer.trimmed() == words(code) || answer.trimmed() == code)
            return code;
    return {};
}

} // namespace corroborate::ui
