#pragma once

// A row of a nominal list and the orders lists are read in.
// Plain values: the store reads and writes them, services and screens pass them around.

#include "core/Nominal.h"
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace corroborate {

// A row of a nominal list: what lists show without loading intelligence.
struct NominalSummary
{
    qint64 id = 0;
    QString reference;
    QString surname;
    QString forenames;
    QDate dateOfBirth;
    Classification classification = Classification::SuspectedOffender;
    QString area;
    QString group;
    std::optional<int> harmScore;
    QDate listedOn;
    QDate lastReviewedOn;
};

// The key after which the next page of the name-ordered list starts (keyset paging: no
// OFFSET, so a page deep in the list costs the same as the first).
struct NameKey
{
    QString surname;
    QString forenames;
    qint64 id = 0;
};

// The orders a nominal list can be shown in; each is served by an index, so any page costs
// the same wherever it is.
enum class NominalOrder
{
    Name,      // surname, forenames, id (nominals_by_name)
    Reference, // reference (its unique index)
};

} // namespace corroborate
