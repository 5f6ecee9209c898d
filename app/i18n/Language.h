#pragma once
// The languages Corroborate speaks and how a process or one piece of work switches to one.
//
// The compiled translations (corroborate_<lang>.qm) are a resource of the core library
// (":/i18n"), so the desktop app and corroborate-cli both carry them; installed copies under
// <prefix>/share/corroborate/translations are used when the resource lacks one. Qt's own
// qtbase translation for the language is loaded from Qt's translations folder when present.
//
// install() sets the whole process's language (translators and the default QLocale). A pack can
// be produced in another language than the one the process runs in: ScopedLanguage switches
// the calling thread only, for its lifetime, so a pack rendered on a worker thread in English
// leaves a Welsh window Welsh (and the other way round).
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

namespace corroborate::i18n {

// "cy" and "en_GB", with their names in their own language, in menu order.
QList<QPair<QString, QString>> available();

// The language code for a user's word: "cy", "cymraeg", "cy_GB" -> "cy"; "en", "en_GB",
// "english" -> "en_GB". Empty when it is not a language Corroborate ships.
QString normalise(const QString& word);

// Installs the translations of language (a code as available() gives, or empty for the
// system's) into the application and makes its locale the default. Returns the code whose
// translation was loaded, or an empty string when the app runs untranslated (English).
// Call on the main thread, once QCoreApplication exists; calling again replaces the language.
QString install(const QString& language);

// The code install() loaded last ("" when untranslated).
QString current();

// The locale that text on this thread is written for: a ScopedLanguage's if one is active on
// this thread, else the default QLocale.
QLocale locale();

// While it lives, tr() on this thread answers in language ("cy", "en_GB"; empty: no change) and
// locale() gives its locale. Nests; other threads are unaffected.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    const void* m_previousTranslator;
    bool m_previousActive;
    QLocale m_previousLocale;
};

} // namespace corroborate::i18n
