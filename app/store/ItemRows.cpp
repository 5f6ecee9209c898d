#include "ItemRows.h"

#include "LegacyColumns.h"

namespace corroborate::item_rows {

IntelligenceItem readItem(const Statement& st)
{
    IntelligenceItem i;
    i.id = st.integer(0);
    i.nominalId = st.integer(1);
    i.provider = Vocabulary::providerFrom(st.text(2)).value_or(Provider::Police);
    i.originator = st.text(3);
    i.reference = st.text(4);
    i.obtainedOn = st.date(5);
    i.sourceEvaluation =
        Grading::sourceEvaluationFrom(st.text(6)).value_or(SourceEvaluation::NotReliable3);
    i.assessment = Grading::assessmentFrom(st.text(7)).value_or(IntelligenceAssessment::E);
    i.handlingCode = Grading::handlingCodeFrom(st.text(8)).value_or(HandlingCode::C);
    i.handlingConditions = st.text(9);
    i.indicates = Vocabulary::indicationFrom(st.text(10)).value_or(Indication::Other);
    i.summary = st.text(11);
    i.recordedBy = st.text(12);
    i.version = static_cast<int>(st.integer(13));
    legacy_columns::read(st, 14, i);
    return i;
}

} // namespace corroborate::item_rows
