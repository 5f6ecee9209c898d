#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <string_view>

namespace corroborate {

// The groups the oversight report counts people in (issue 12). Group names are stable wire
// text (JSON, CSV, the removal tallies kept in the file); labels for people come from tr().
class OversightGroups
{
    Q_DECLARE_TR_FUNCTIONS(OversightGroups)
public:
    // The five ONS 2021 high-level ethnic groups, in ONS order, then "Not recorded".
    static const QStringList& ethnicityGroups();
    static const QString& white();       // ethnicityGroups()[3]
    static const QString& notRecorded(); // "Not recorded"
    // The high-level group of a self-defined ethnicity as the files hold it (the detailed ONS
    // 2021 category, "Group: detail"), or of a group's name (full, or its first word: Asian,
    // Black, Mixed, White, Other); 2011-style names ("Any other White background") and bare
    // detailed names ("Indian", "Irish") too. "Not stated", empty or unknown: notRecorded().
    static const QString& ethnicityGroupOf(QStringView ethnicity);
    static const QString& ethnicityGroupOf(std::string_view utf8);

    // "Under 14", "14-17", "18-24", "25-34", "35 and over", then "Not recorded".
    static const QStringList& ageBands();
    // The band of someone born on `dateOfBirth` on `on` (not recorded when unknown).
    static const QString& ageBandOn(const QDate& dateOfBirth, const QDate& on);
    static int ageOn(const QDate& dateOfBirth, const QDate& on); // -1 when unknown

    // Gender and area as recorded (trimmed), or notRecorded() when empty.
    static QString recordedOrNot(QStringView text);
    static QString recordedOrNot(std::string_view utf8);
};

} // namespace corroborate
