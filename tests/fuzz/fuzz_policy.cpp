// Fuzz target: the threshold policy parser (docs/threshold.md). See fuzz_exchange.cpp.
#include "policy/Policy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace corroborate;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return 0;
    QStringList problems;
    const Policy policy = Policy::fromJson(json.object(), &problems);
    for (const QString& p : problems)
        if (p.isEmpty())
            std::abort();
    if (problems.isEmpty()) {
        // A valid policy writes out and reads back unchanged.
        QStringList again;
        if (!(Policy::fromJson(policy.toJson(), &again) == policy) || !again.isEmpty())
            std::abort();
    }
    return 0;
}
