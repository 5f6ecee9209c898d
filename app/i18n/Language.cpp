#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMutex>
#include <QThread>
#include <QTranslator>
#include <map>
#include <memory>

namespace corroborate::i18n {
namespace {

struct ThreadLanguage
{
    bool active = false;
    const QTranslator* translator = nullptr; // nullptr: answer with the source text
    QLocale locale;
};
thread_local ThreadLanguage t_language;

// Installed after every other translator, so Qt asks it first: it answers for the calling
// thread's ScopedLanguage and stays silent (an empty answer) everywhere else.
class ThreadTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        if (!t_language.active)
            return {};
        if (t_language.translator) {
            QString text = t_language.translator->translate(context, sourceText, disambiguation, n);
            if (!text.isEmpty())
                return text;
        }
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QMutex g_mutex;
QString g_current;
QTranslator* g_appTranslator = nullptr;
QTranslator* g_qtTranslator = nullptr;
ThreadTranslator* g_threadTranslator = nullptr;

bool loadTranslation(QTranslator& translator, const QString& code)
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList dirs{QStringLiteral(":/i18n"),
                           appDir + QStringLiteral("/../share/corroborate/translations"), appDir};
    for (const QString& dir : dirs)
        if (translator.load(QStringLiteral("corroborate_") + code, dir))
            return true;
    return false;
}

// One loaded translation per language for the life of the process; nullptr when missing.
QTranslator* translatorFor(const QString& code)
{
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    QMutexLocker lock(&g_mutex);
    auto it = loaded.find(code);
    if (it == loaded.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!loadTranslation(*translator, code))
            translator.reset();
        it = loaded.emplace(code, std::move(translator)).first;
    }
    return it->second.get();
}

QLocale localeFor(const QString& code)
{
    if (code == u"cy")
        return QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
    if (code == u"en_GB")
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(code);
}

bool onApplicationThread()
{
    auto* app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

void ensureThreadTranslator()
{
    if (!g_threadTranslator && onApplicationThread()) {
        g_threadTranslator = new ThreadTranslator(QCoreApplication::instance());
        QCoreApplication::installTranslator(g_threadTranslator);
    }
}

} // namespace

QList<QPair<QString, QString>> available()
{
    return {{QStringLiteral("en_GB"), QStringLiteral("English (United Kingdom)")},
            {QStringLiteral("cy"), QStringLiteral("Cymraeg")}};
}

QString normalise(const QString& word)
{
    const QString w = word.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (w == u"cy" || w.startsWith(u"cy_") || w == u"cymraeg" || w == u"welsh")
        return QStringLiteral("cy");
    if (w == u"en" || w.startsWith(u"en_") || w == u"english" || w == u"saesneg")
        return QStringLiteral("en_GB");
    return {};
}

QString install(const QString& language)
{
    auto* app = QCoreApplication::instance();
    if (!app)
        return {};
    if (g_threadTranslator)
        QCoreApplication::removeTranslator(g_threadTranslator);
    if (g_appTranslator)
        QCoreApplication::removeTranslator(g_appTranslator);
    if (g_qtTranslator) {
        QCoreApplication::removeTranslator(g_qtTranslator);
        delete g_qtTranslator;
        g_qtTranslator = nullptr;
    }
    g_appTranslator = nullptr;

    QString code = normalise(language);
    if (language.isEmpty()) {
        for (const QString& ui : QLocale::system().uiLanguages()) {
            code = normalise(ui);
            if (!code.isEmpty())
                break;
        }
    }
    // A chosen language brings its own locale; the system's language keeps the system's
    // regional settings when they are of that language. Dates and numbers match the words.
    QLocale locale = QLocale::system();
    if (!code.isEmpty() && (!language.isEmpty() || locale.language() != localeFor(code).language()))
        locale = localeFor(code);
    QLocale::setDefault(locale);

    if (!code.isEmpty())
        g_appTranslator = translatorFor(code);
    if (g_appTranslator)
        QCoreApplication::installTranslator(g_appTranslator);
    auto qt = std::make_unique<QTranslator>(app);
    // Qt's own translation when the system has one, else our few texts of Qt's (buttons).
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        (!code.isEmpty() &&
         qt->load(QStringLiteral("qtbase_extra_") + code, QStringLiteral(":/i18n")))) {
        g_qtTranslator = qt.release();
        QCoreApplication::installTranslator(g_qtTranslator);
    }
    // Last, so that Qt consults it first.
    if (g_threadTranslator)
        QCoreApplication::installTranslator(g_threadTranslator);
    else
        ensureThreadTranslator();
    g_current = g_appTranslator ? code : QString();
    return g_current;
}

QString current()
{
    return g_current;
}

QLocale locale()
{
    return t_language.active ? t_language.locale : QLocale();
}

ScopedLanguage::ScopedLanguage(const QString& language)
    : m_previousTranslator(t_language.translator)
    , m_previousActive(t_language.active)
    , m_previousLocale(t_language.locale)
{
    const QString code = normalise(language);
    if (code.isEmpty())
        return;
    ensureThreadTranslator();
    t_language.active = true;
    t_language.translator = translatorFor(code);
    t_language.locale = localeFor(code);
}

ScopedLanguage::~ScopedLanguage()
{
    t_language.active = m_previousActive;
    t_language.translator = static_cast<const QTranslator*>(m_previousTranslator);
    t_language.locale = m_previousLocale;
}

} // namespace corroborate::i18n
