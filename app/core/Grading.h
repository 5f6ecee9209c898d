#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

// The national 3x5x2 intelligence grading (DESIGN.md §4). Codes are the wire form; every place
// that shows a code shows its meaning beside it, from here.
enum class SourceEvaluation
{
    Reliable1,
    Untested2,
    NotReliable3
};
enum class IntelligenceAssessment
{
    A,
    B,
    C,
    D,
    E
};
enum class HandlingCode
{
    P,
    C
};

class Grading
{
    Q_DECLARE_TR_FUNCTIONS(Grading)
public:
    static QString code(SourceEvaluation s);
    static QString code(IntelligenceAssessment a);
    static QString code(HandlingCode h);
    static std::optional<SourceEvaluation> sourceEvaluationFrom(const QString& code);
    static std::optional<IntelligenceAssessment> assessmentFrom(const QString& code);
    static std::optional<HandlingCode> handlingCodeFrom(const QString& code);
    static QStringList sourceEvaluationCodes();
    static QStringList assessmentCodes();
    static QStringList handlingCodes();

    static QString meaning(SourceEvaluation s);
    static QString meaning(IntelligenceAssessment a);
    static QString meaning(HandlingCode h);

    // "1 (Reliable)", for lists and print.
    static QString describe(SourceEvaluation s);
    static QString describe(IntelligenceAssessment a);
    static QString describe(HandlingCode h);
};

} // namespace corroborate
