#pragma once

#include "Enums.h"
#include "IntelligenceItem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace corroborate {

// A person on the list (docs/DESIGN.md §3). Personal details live only here and in intelligence.
struct Nominal
{
    qint64 id = 0; // 0 until stored
    QString reference;
    QString surname;
    QString forenames;
    QDate dateOfBirth; // null when not known
    QString gender;
    QString ethnicity; // self-defined, ONS 2021 categories
    QString area;
    QString group;
    Classification classification = Classification::SuspectedOffender;
    std::optional<int> harmScore;
    QDate listedOn;
    QDate lastReviewedOn; // null when never reviewed
    int version = 0;      // row version, for detecting concurrent edits

    QString displayName() const
    {
        return forenames.isEmpty() ? surname : surname + QStringLiteral(", ") + forenames;
    }
    // Age in whole years on a date, or -1 when the date of birth is not known.
    int ageOn(const QDate& date) const
    {
        if (!dateOfBirth.isValid() || !date.isValid())
            return -1;
        int age = date.year() - dateOfBirth.year();
        if (date.month() < dateOfBirth.month() ||
            (date.month() == dateOfBirth.month() && date.day() < dateOfBirth.day()))
            --age;
        return age;
    }
};

// A nominal together with all its intelligence: the unit of import, export and evaluation.
struct NominalRecord
{
    Nominal nominal;
    QList<IntelligenceItem> intelligence;
};

} // namespace corroborate
