#include "RecordValidation.h"

#include <QRegularExpression>

namespace corroborate {

QMap<QString, QString> RecordValidation::check(const Nominal& n, const QDate& today)
{
    QMap<QString, QString> out;
    static const QRegularExpression reference(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9/_.-]{0,31}$"));
    if (!reference.match(n.reference).hasMatch())
        out.insert(QStringLiteral("reference"),
                   tr("A reference is 1 to 32 letters, digits, dashes, dots, slashes or "
                      "underscores, like N-000123."));
    if (n.surname.trimmed().isEmpty())
        out.insert(QStringLiteral("surname"), tr("Enter the surname."));
    else if (n.surname.size() > kMaxTextLength)
        out.insert(QStringLiteral("surname"), tr("The surname is too long."));
    if (n.forenames.size() > kMaxTextLength)
        out.insert(QStringLiteral("forenames"), tr("The forenames are too long."));
    if (n.dateOfBirth.isValid()) {
        if (n.dateOfBirth > today)
            out.insert(QStringLiteral("date_of_birth"), tr("The date of birth is in the future."));
        else if (n.dateOfBirth.year() < 1900)
            out.insert(QStringLiteral("date_of_birth"),
                       tr("The date of birth is before 1900: check the year."));
    }
    if (n.harmScore && (*n.harmScore < 0 || *n.harmScore > 100000))
        out.insert(QStringLiteral("harm_score"),
                   tr("A harm score is a whole number from 0 to 100000, or left empty."));
    if (!n.listedOn.isValid())
        out.insert(QStringLiteral("listed_on"), tr("Enter the date the person was listed."));
    else if (n.listedOn > today)
        out.insert(QStringLiteral("listed_on"), tr("The listing date is in the future."));
    else if (n.dateOfBirth.isValid() && n.listedOn < n.dateOfBirth)
        out.insert(QStringLiteral("listed_on"),
                   tr("The listing date is before the date of birth."));
    if (n.lastReviewedOn.isValid()) {
        if (n.lastReviewedOn > today)
            out.insert(QStringLiteral("last_reviewed_on"), tr("The last review is in the future."));
        else if (n.listedOn.isValid() && n.lastReviewedOn < n.listedOn)
            out.insert(QStringLiteral("last_reviewed_on"),
                       tr("The last review is before the listing date."));
    }
    return out;
}

QMap<QString, QString> RecordValidation::check(const IntelligenceItem& i, const QDate& today)
{
    QMap<QString, QString> out;
    if (i.originator.trimmed().isEmpty())
        out.insert(QStringLiteral("originator"),
                   tr("Enter the originator: the unit, agency or source it came from."));
    else if (i.originator.size() > kMaxTextLength)
        out.insert(QStringLiteral("originator"), tr("The originator is too long."));
    if (i.reference.size() > kMaxTextLength)
        out.insert(QStringLiteral("reference"), tr("The reference is too long."));
    if (!i.obtainedOn.isValid())
        out.insert(QStringLiteral("obtained_on"),
                   tr("Enter the date the intelligence was obtained."));
    else if (i.obtainedOn > today)
        out.insert(QStringLiteral("obtained_on"), tr("The date obtained is in the future."));
    if (i.handlingCode == HandlingCode::C && i.handlingConditions.trimmed().isEmpty())
        out.insert(QStringLiteral("handling_conditions"),
                   tr("Handling code C needs its conditions: say on what conditions it may be "
                      "shared."));
    if (i.summary.trimmed().isEmpty())
        out.insert(QStringLiteral("summary"), tr("Enter a short summary."));
    else if (i.summary.size() > kMaxSummaryLength)
        out.insert(QStringLiteral("summary"),
                   tr("The summary is longer than %1 characters.").arg(kMaxSummaryLength));
    return out;
}

QStringList RecordValidation::ethnicityCategories()
{
    return {tr("Asian, Asian British or Asian Welsh: Bangladeshi"),
            tr("Asian, Asian British or Asian Welsh: Chinese"),
            tr("Asian, Asian British or Asian Welsh: Indian"),
            tr("Asian, Asian British or Asian Welsh: Pakistani"),
            tr("Asian, Asian British or Asian Welsh: Other Asian"),
            tr("Black, Black British, Black Welsh, Caribbean or African: African"),
            tr("Black, Black British, Black Welsh, Caribbean or African: Caribbean"),
            tr("Black, Black British, Black Welsh, Caribbean or African: Other Black"),
            tr("Mixed or Multiple ethnic groups: White and Asian"),
            tr("Mixed or Multiple ethnic groups: White and Black African"),
            tr("Mixed or Multiple ethnic groups: White and Black Caribbean"),
            tr("Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups"),
            tr("White: English, Welsh, Scottish, Northern Irish or British"),
            tr("White: Irish"),
            tr("White: Gypsy or Irish Traveller"),
            tr("White: Roma"),
            tr("White: Other White"),
            tr("Other ethnic group: Arab"),
            tr("Other ethnic group: Any other ethnic group"),
            tr("Not stated")};
}

} // namespace corroborate
