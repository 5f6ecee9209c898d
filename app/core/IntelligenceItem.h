#pragma once

#include "Enums.h"
#include "Grading.h"

#include <QDate>
#include <QString>
#include <optional>

namespace corroborate {

// One graded piece of intelligence about a nominal (docs/DESIGN.md §3).
struct IntelligenceItem
{
    qint64 id = 0;        // 0 until stored
    qint64 nominalId = 0; // 0 until stored
    Provider provider = Provider::Police;
    QString originator;
    QString reference;
    QDate obtainedOn;
    SourceEvaluation sourceEvaluation = SourceEvaluation::Untested2;
    IntelligenceAssessment assessment = IntelligenceAssessment::C;
    HandlingCode handlingCode = HandlingCode::P;
    QString handlingConditions; // required when handlingCode is C
    // Graded under the legacy 5x5x5 scheme: then this grade is the item's grade (the three
    // 3x5x2 members above are not used) and it is evaluated under the policy's legacy
    // settings. Empty for 3x5x2 items.
    std::optional<LegacyGrading> legacy;
    // An item regraded to 3x5x2 keeps its original legacy grade here (its history); read only.
    std::optional<LegacyGrading> regradedFrom;
    Indication indicates = Indication::GangMembership;
    QString summary;
    QString recordedBy; // user name
    int version = 0;    // row version, for detecting concurrent edits
};

} // namespace corroborate
