#pragma once

// The rows the whole-list oversight report is built from.
// Plain values: the store reads and writes them, services and screens pass them around.

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <string_view>

namespace corroborate {

// One anonymous removal tally: how many people were erased in a month with these
// characteristics. Never a reference or anything finer than the month.
struct RemovalTally
{
    QString month; // YYYY-MM
    QString area;
    QString ethnicityGroup;
    QString gender;
    QString ageBand;
    QString reasonCode;
    qint64 removed = 0;
};

struct BaselineRow
{
    QString group; // ONS 2021 high-level group (see oversight/OversightGroups.h)
    qint64 population = 0;
};

// What the report needs of one nominal besides its evaluation, read in id order.
struct OversightNominal
{
    qint64 id = 0;
    QDate dateOfBirth;
    std::string_view gender;
    std::string_view ethnicity;
    std::string_view area;
    std::string_view classification;
    QDate listedOn;
};

// A closed removal request (or an erasure) for the sign-off figures.
struct SignOffDecision
{
    QString outcome;    // approved, rejected, withdrawn
    QString proposedAt; // UTC ISO 8601
    QString decidedAt;  // UTC ISO 8601
};

struct DisclosureGroup
{
    QString recipient;
    QString purpose;
    qint64 disclosures = 0;
    qint64 nominals = 0;      // nominals carried, summed over the disclosures
    qint64 pastDestroyBy = 0; // past their destroy-by date with no destruction confirmed
};

} // namespace corroborate
