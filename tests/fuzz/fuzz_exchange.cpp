// Fuzz target: the exchange document parser (app/exchange/README.md). libFuzzer calls
// LLVMFuzzerTestOneInput; the CTest driver (fuzz_driver.cpp) replays the corpus and seeded
// mutations through the same function with the normal compiler.
#include "exchange/ExchangeFormat.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace corroborate;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ExchangeDocument doc = ExchangeFormat::parse(input);
    // Invariants: every problem names a path and says what is wrong; a valid document writes
    // out and reads back to the same records.
    for (const ExchangeProblem& p : doc.problems)
        if (p.path.isEmpty() || p.message.isEmpty())
            std::abort();
    if (doc.isValid()) {
        const ExchangeDocument again =
            ExchangeFormat::parse(ExchangeFormat::serialise(doc.records));
        if (!again.isValid() || again.records.size() != doc.records.size())
            std::abort();
    }
    return 0;
}
