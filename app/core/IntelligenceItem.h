#pragma once

#include "Enums.h"
#include "Grading.h"

#include <QDate>
#include <QString>

namespace corroborate {

// One graded piece of intelligence about a nominal (DESIGN.md §3).
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
    Indication indicates = Indication::GangMembership;
    QString summary;
    QString recordedBy; // user name
    int version = 0;    // row version, for detecting concurrent edits
};

} // namespace corroborate
