#include "FreeTextScrubber.h"

#include "core/Nominal.h"
#include "core/Time.h"

#include <QLocale>
#include <QSet>

namespace corroborate {

namespace {
QStringList dateForms(const QDate& d)
{
    if (!d.isValid())
        return {};
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const int day = d.day();
    const char* suffix = day % 10 == 1 && day != 11   ? "st"
                         : day % 10 == 2 && day != 12 ? "nd"
                         : day % 10 == 3 && day != 13 ? "rd"
                                                      : "th";
    const QString ordinal = QString::number(day) + QLatin1String(suffix);
    QStringList forms{d.toString(Qt::ISODate), d.toString(QStringLiteral("yyyyMMdd")),
                      d.toString(QStringLiteral("yyyy/MM/dd"))};
    for (const QString& sep :
         {QStringLiteral("/"), QStringLiteral("-"), QStringLiteral("."), QStringLiteral(" ")}) {
        forms << d.toString(QStringLiteral("dd%1MM%1yyyy").arg(sep))
              << d.toString(QStringLiteral("d%1M%1yyyy").arg(sep))
              << d.toString(QStringLiteral("dd%1MM%1yy").arg(sep))
              << d.toString(QStringLiteral("d%1M%1yy").arg(sep));
    }
    for (const QString& month : {english.monthName(d.month(), QLocale::LongFormat),
                                 english.monthName(d.month(), QLocale::ShortFormat)}) {
        for (const QString& dayText : {QString::number(day), ordinal,
                                       QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0'))}) {
            forms << QStringLiteral("%1 %2 %3").arg(dayText, month).arg(d.year())
                  << QStringLiteral("%1 of %2 %3").arg(dayText, month).arg(d.year())
                  << QStringLiteral("%1 %2, %3").arg(month, dayText).arg(d.year())
                  << QStringLiteral("%1 %2 %3").arg(month, dayText).arg(d.year());
        }
    }
    forms.removeDuplicates();
    return forms;
}
} // namespace

PersonInText::PersonInText(const Nominal& n)
{
    QStringList words;
    const auto addWord = [&words](const QString& w) {
        const QString t = w.simplified();
        if (t.size() >= 2 && !words.contains(t, Qt::CaseInsensitive))
            words << t;
    };
    addWord(n.surname);
    addWord(n.forenames);
    for (const QString& part :
         n.surname.split(QRegularExpression(QStringLiteral("[\\s-]+")), Qt::SkipEmptyParts))
        addWord(part);
    for (const QString& part :
         n.forenames.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        addWord(part);
    addWord(n.reference);
    const QStringList dates = dateForms(n.dateOfBirth);
    // Longest first, so "Sam Example" is one mention rather than two.
    QStringList all = words + dates;
    std::sort(all.begin(), all.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList alternatives;
    for (const QString& term : std::as_const(all)) {
        // Spaces in a term match any run of white space.
        QString pattern = QRegularExpression::escape(term);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        alternatives << pattern;
    }
    m_pattern = QRegularExpression(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])").arg(alternatives.join(u'|')),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // The sieve: every name word, the reference, and the digits every date form holds.
    m_terms = words;
    if (n.dateOfBirth.isValid())
        m_terms << QString::number(n.dateOfBirth.year())
                << n.dateOfBirth.toString(QStringLiteral("yy"));
    m_terms.removeDuplicates();
}

QString PersonInText::redact(const QString& text, int* count) const
{
    int n = 0;
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = m_pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += kRedacted;
        last = m.capturedEnd();
        ++n;
    }
    out += QStringView(text).mid(last);
    if (count)
        *count = n;
    return n ? out : text;
}

bool PersonInText::mentions(const QString& text) const
{
    return m_pattern.match(text).hasMatch();
}

FreeTextScrubber::Result FreeTextScrubber::run(const Nominal& erased, qint64 erasureId)
{
    const PersonInText person(erased);
    FreeTextRepository repo(m_db);
    Result result;
    const QString now = Time::nowUtc();
    for (const FreeTextField& field : freeTextFields()) {
        for (const FreeTextRepository::Row& row : repo.candidates(field, person.sieveTerms())) {
            if (!person.mentions(row.text))
                continue;
            if (field.onErasure == FreeTextField::OnErasure::ListForReview) {
                FreeTextMention m;
                m.erasureId = erasureId;
                m.nominalReference = repo.ownerOf(field, row.key);
                m.intelligenceId = row.key;
                m.field =
                    QLatin1String(field.table) + QLatin1Char('.') + QLatin1String(field.column);
                m.foundAt = now;
                repo.addMention(m);
                result.mentions << m;
                continue;
            }
            repo.replace(field, row.key, person.redact(row.text));
            if (field.onErasure == FreeTextField::OnErasure::RedactAuditText)
                repo.markAuditRedacted(row.key, erasureId);
            ++result.redactedFields;
        }
    }
    return result;
}

} // namespace corroborate
