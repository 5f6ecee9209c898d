#include "OversightGroups.h"

#include "core/Nominal.h"

namespace corroborate {

const QStringList& OversightGroups::ethnicityGroups()
{
    static const QStringList groups{
        QStringLiteral("Asian, Asian British or Asian Welsh"),
        QStringLiteral("Black, Black British, Black Welsh, Caribbean or African"),
        QStringLiteral("Mixed or Multiple ethnic groups"),
        QStringLiteral("White"),
        QStringLiteral("Other ethnic group"),
        QStringLiteral("Not recorded")};
    return groups;
}

const QString& OversightGroups::white()
{
    return ethnicityGroups()[3];
}

const QString& OversightGroups::notRecorded()
{
    return ethnicityGroups()[5];
}

const QString& OversightGroups::ethnicityGroupOf(QStringView ethnicity)
{
    // "Group: detail" (ONS 2021 as the files hold it) is decided by the group; otherwise the
    // first words decide, then the detailed categories' own names.
    QStringView t = ethnicity.trimmed();
    if (const qsizetype colon = t.indexOf(QLatin1Char(':')); colon > 0)
        t = t.left(colon).trimmed();
    const auto starts = [&t](const char* word) {
        return t.startsWith(QLatin1String(word), Qt::CaseInsensitive);
    };
    const auto has = [&t](const char* word) {
        return t.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    const QStringList& g = ethnicityGroups();
    if (starts("mixed") || has("white and"))
        return g[2];
    if (starts("asian"))
        return g[0];
    if (starts("black"))
        return g[1];
    if (starts("white"))
        return g[3];
    if (starts("other") || starts("any other") || starts("arab")) {
        // 2011-style "Any other White background" and the like.
        if (has("white"))
            return g[3];
        if (has("asian"))
            return g[0];
        if (has("black"))
            return g[1];
        return g[4];
    }
    for (const char* asian : {"indian", "pakistani", "bangladeshi", "chinese"})
        if (starts(asian))
            return g[0];
    for (const char* black : {"caribbean", "african"})
        if (starts(black))
            return g[1];
    for (const char* white :
         {"english", "welsh", "scottish", "northern irish", "british", "irish", "gypsy", "roma"})
        if (starts(white))
            return g[3];
    return g[5];
}

const QString& OversightGroups::ethnicityGroupOf(std::string_view utf8)
{
    return ethnicityGroupOf(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

const QStringList& OversightGroups::ageBands()
{
    static const QStringList bands{QStringLiteral("Under 14"),    QStringLiteral("14-17"),
                                   QStringLiteral("18-24"),       QStringLiteral("25-34"),
                                   QStringLiteral("35 and over"), QStringLiteral("Not recorded")};
    return bands;
}

int OversightGroups::ageOn(const QDate& dateOfBirth, const QDate& on)
{
    Nominal n;
    n.dateOfBirth = dateOfBirth;
    const int age = n.ageOn(on);
    return age < 0 ? -1 : age;
}

const QString& OversightGroups::ageBandOn(const QDate& dateOfBirth, const QDate& on)
{
    const QStringList& b = ageBands();
    const int age = ageOn(dateOfBirth, on);
    if (age < 0)
        return b[5];
    if (age < 14)
        return b[0];
    if (age < 18)
        return b[1];
    if (age < 25)
        return b[2];
    if (age < 35)
        return b[3];
    return b[4];
}

QString OversightGroups::recordedOrNot(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.isEmpty() ? notRecorded() : t.toString();
}

QString OversightGroups::recordedOrNot(std::string_view utf8)
{
    return recordedOrNot(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

} // namespace corroborate
