// Fuzz target: the spreadsheet (CSV) reader and its conversion through a mapping (issue 13).
// See fuzz_exchange.cpp. Any bytes may come in; none may crash the reader or the conversion,
// and every problem found must say where it is and what is wrong.
#include "spreadsheet/SpreadsheetImport.h"
#include "spreadsheet/SpreadsheetMapping.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace corroborate;

namespace {
const SpreadsheetMapping& mapping()
{
    static const SpreadsheetMapping m = [] {
        QStringList errors;
        SpreadsheetMapping parsed = SpreadsheetMapping::fromJson(
            R"({"encoding": "auto", "delimiter": "auto", "rows": "item",
                "date_format": "dd/MM/yyyy",
                "columns": {"reference": "Ref", "surname": "Surname", "forenames": "Forenames",
                  "date_of_birth": "DOB", "classification": "Status", "listed_on": "Listed",
                  "intelligence.provider": "Source", "intelligence.originator": "Unit",
                  "intelligence.obtained_on": "Obtained", "intelligence.source_evaluation": "S",
                  "intelligence.intelligence_assessment": "I", "intelligence.handling_code": "H",
                  "intelligence.indicates": "Shows", "intelligence.summary": "Notes"},
                "values": {"classification": {"Offender": "suspected_offender"},
                  "intelligence.provider": {"Police": "police"},
                  "intelligence.indicates": {"Member": "gang_membership"}}})",
            &errors);
        if (!errors.isEmpty())
            std::abort(); // the target's own mapping must be valid
        return parsed;
    }();
    return m;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const SpreadsheetConversion c = SpreadsheetImport::convert(input, mapping());
        for (const SpreadsheetProblem& p : c.problems)
            if (p.message.isEmpty() || p.row < 1)
                std::abort();
    } catch (const Error& e) {
        // A refusal must say why.
        if (e.message().isEmpty())
            std::abort();
    }
    return 0;
}
