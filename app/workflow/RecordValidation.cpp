#include "RecordValidation.h"

#include "core/FieldRules.h"

#include <QRegularExpression>

namespace corroborate {

namespace {
// The shared field rules (core/FieldRules.h) for one text field; the first problem wins.
void applyRules(QMap<QString, QString>& out, const QString& key, const QString& rule,
                const QString& label, const QString& value)
{
    if (out.contains(key))
        return;
    QString problem;
    FieldRules::normalise(rule, value, &problem);
    if (!problem.isEmpty())
        out.insert(key, RecordValidation::tr("%1 %2.").arg(label, problem));
}
} // namespace

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
    applyRules(out, QStringLiteral("reference"), QStringLiteral("reference"), tr("The reference"),
               n.reference);
    applyRules(out, QStringLiteral("surname"), QStringLiteral("surname"), tr("The surname"),
               n.surname);
    applyRules(out, QStringLiteral("forenames"), QStringLiteral("forenames"), tr("The forenames"),
               n.forenames);
    applyRules(out, QStringLiteral("gender"), QStringLiteral("gender"), tr("The gender"), n.gender);
    applyRules(out, QStringLiteral("ethnicity"), QStringLiteral("ethnicity"), tr("The ethnicity"),
               n.ethnicity);
    applyRules(out, QStringLiteral("area"), QStringLiteral("area"), tr("The area"), n.area);
    applyRules(out, QStringLiteral("group"), QStringLiteral("group"), tr("The group"), n.group);
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
    applyRules(out, QStringLiteral("originator"), QStringLiteral("intelligence.originator"),
               tr("The originator"), i.originator);
    applyRules(out, QStringLiteral("reference"), QStringLiteral("intelligence.reference"),
               tr("The reference"), i.reference);
    if (!i.obtainedOn.isValid())
        out.insert(QStringLiteral("obtained_on"),
                   tr("Enter the date the intelligence was obtained."));
    else if (i.obtainedOn > today)
        out.insert(QStringLiteral("obtained_on"), tr("The date obtained is in the future."));
    if (!i.legacy && i.handlingCode == HandlingCode::C && i.handlingConditions.trimmed().isEmpty())
        out.insert(QStringLiteral("handling_conditions"),
                   tr("Handling code C needs its conditions: say on what conditions it may be "
                      "shared."));
    if (i.summary.trimmed().isEmpty())
        out.insert(QStringLiteral("summary"), tr("Enter a short summary."));
    applyRules(out, QStringLiteral("summary"), QStringLiteral("intelligence.summary"),
               tr("The summary"), i.summary);
    applyRules(out, QStringLiteral("handling_conditions"),
               QStringLiteral("intelligence.handling_conditions"), tr("The handling conditions"),
               i.handlingConditions);
    return out;
}

namespace {
void nfc(QString& text)
{
    text = text.normalized(QString::NormalizationForm_C);
}
} // namespace

Nominal RecordValidation::normalised(Nominal n)
{
    for (QString* t :
         {&n.reference, &n.surname, &n.forenames, &n.gender, &n.ethnicity, &n.area, &n.group})
        nfc(*t);
    return n;
}

IntelligenceItem RecordValidation::normalised(IntelligenceItem i)
{
    for (QString* t : {&i.originator, &i.reference, &i.handlingConditions, &i.summary})
        nfc(*t);
    return i;
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
