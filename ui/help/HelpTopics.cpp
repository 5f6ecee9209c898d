#include "HelpTopics.h"

#include "main/MainWindow.h"
#include "review/ReviewView.h"

#include <QDialog>
#include <QHash>

namespace corroborate::ui {

namespace {
QHash<QByteArray, QString>& dialogTopics()
{
    static QHash<QByteArray, QString> topics{
        {"corroborate::ui::NominalDialog", QStringLiteral("editing.html#nominal")},
        {"corroborate::ui::IntelligenceDialog", QStringLiteral("editing.html#intelligence")},
        {"corroborate::ui::ReasonDialog", QStringLiteral("editing.html#nominal")},
        {"corroborate::ui::DecisionDialog", QStringLiteral("signoff.html#decision")},
        {"corroborate::ui::ProposeDialog", QStringLiteral("signoff.html")},
        {"corroborate::ui::PackDialog", QStringLiteral("packs.html")},
        {"corroborate::ui::SettingsDialog", QStringLiteral("admin.html#settings")},
        {"corroborate::ui::AboutDialog", QStringLiteral("index.html")},
    };
    return topics;
}

QHash<QString, QString>& viewTopics()
{
    static QHash<QString, QString> topics{
        {QStringLiteral("due"), QStringLiteral("lists.html#due")},
        {QStringLiteral("below"), QStringLiteral("lists.html#below")},
        {QStringLiteral("all"), QStringLiteral("lists.html#all")},
        {QStringLiteral("audit"), QStringLiteral("admin.html#audit")},
        {QStringLiteral("signoff"), QStringLiteral("signoff.html#awaiting")},
        {QStringLiteral("erasures"), QStringLiteral("signoff.html#erasures")},
    };
    return topics;
}

QString mainWindowTopic(const MainWindow& window)
{
    if (window.isLocked())
        return QStringLiteral("opening.html#lock");
    if (!window.session())
        return QStringLiteral("opening.html");
    if (const ReviewView* review = window.reviewView(); review && review->isVisible()) {
        static const char* const steps[] = {"identity", "intelligence", "threshold", "decision"};
        const int step = review->step();
        return step >= 0 && step < 4 ? QStringLiteral("review.html#") + QLatin1String(steps[step])
                                     : QStringLiteral("review.html");
    }
    return viewTopics().value(window.currentViewId(), QStringLiteral("lists.html"));
}
} // namespace

void registerHelpTopic(const char* className, const QString& topic)
{
    QByteArray name(className);
    if (!name.contains("::"))
        name.prepend("corroborate::ui::");
    dialogTopics().insert(name, topic);
}

void registerViewHelpTopic(const QString& viewId, const QString& topic)
{
    viewTopics().insert(viewId, topic);
}

QString helpTopicFor(QWidget* window)
{
    if (!window)
        return QStringLiteral("index.html");
    if (const auto* main = qobject_cast<const MainWindow*>(window))
        return mainWindowTopic(*main);
    // The most derived class registered wins (a subclass of a registered dialog included).
    for (const QMetaObject* meta = window->metaObject(); meta; meta = meta->superClass())
        if (const auto it = dialogTopics().constFind(meta->className());
            it != dialogTopics().cend())
            return it.value();
    if (auto* parent = window->parentWidget())
        return helpTopicFor(parent->window());
    return QStringLiteral("index.html");
}

} // namespace corroborate::ui
