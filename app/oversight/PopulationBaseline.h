#pragma once

#include "store/OversightRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace corroborate {

class Database;
struct User;

// The population baseline the oversight report's rates are against (issue 12): the number of
// people in the area in each of the five ONS 2021 high-level ethnic groups. Administrators
// import it as CSV:
//   group,population
//   White,5000
//   ... one row for each of the five groups (full ONS name or its first word), any order.
class PopulationBaseline
{
    Q_DECLARE_TR_FUNCTIONS(PopulationBaseline)
public:
    // Parses and checks the CSV. Throws InvalidData naming the line and what is wrong: a
    // missing or wrong header, an unknown or repeated group, a population that is not a whole
    // number above zero, a group missing. Rows come back in the groups' ONS order.
    static QList<BaselineRow> parseCsv(const QByteArray& csv);

    // Replaces the file's baseline (administrators only: NotPermitted otherwise), with an
    // audit entry, in one transaction.
    static void set(Database& db, const User& actor, const QList<BaselineRow>& rows);
};

} // namespace corroborate
