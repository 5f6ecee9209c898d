#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

// The national 3x5x2 intelligence grading (docs/DESIGN.md §4). Codes are the wire form; every place
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

// The legacy 5x5x5 grading (ACPO National Intelligence Model, 2006), kept as it was graded for
// intelligence recorded before the move to 3x5x2: never mapped to 3x5x2 behind anyone's back.
// Wire codes: source evaluation "A".."E", intelligence evaluation "1".."5", handling code
// "1".."5".
enum class LegacySourceEvaluation : quint8
{
    A,
    B,
    C,
    D,
    E
};
enum class LegacyIntelligenceEvaluation : quint8
{
    E1,
    E2,
    E3,
    E4,
    E5
};
enum class LegacyHandlingCode : quint8
{
    H1,
    H2,
    H3,
    H4,
    H5
};

struct LegacyGrading
{
    LegacySourceEvaluation source = LegacySourceEvaluation::E;
    LegacyIntelligenceEvaluation intelligence = LegacyIntelligenceEvaluation::E4;
    LegacyHandlingCode handling = LegacyHandlingCode::H1;

    // "B2 4": the three codes, for compact display and audit details.
    QString codes() const;
    // A small number 1..25 from the source and intelligence codes (0 = no legacy grade), the
    // form the evaluation index holds (store/Migrations.cpp, kLegacyGradingSchema).
    int packed() const { return 1 + int(source) + 5 * int(intelligence); }
    friend bool operator==(const LegacyGrading&, const LegacyGrading&) = default;
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

    // The legacy 5x5x5 codes, their meanings and "B (Mostly reliable)" descriptions.
    static QString code(LegacySourceEvaluation s);
    static QString code(LegacyIntelligenceEvaluation e);
    static QString code(LegacyHandlingCode h);
    static std::optional<LegacySourceEvaluation> legacySourceFrom(const QString& code);
    static std::optional<LegacyIntelligenceEvaluation> legacyIntelligenceFrom(const QString& code);
    static std::optional<LegacyHandlingCode> legacyHandlingFrom(const QString& code);
    static QStringList legacySourceCodes();
    static QStringList legacyIntelligenceCodes();
    static QStringList legacyHandlingCodes();
    static QString meaning(LegacySourceEvaluation s);
    static QString meaning(LegacyIntelligenceEvaluation e);
    static QString meaning(LegacyHandlingCode h);
    static QString describe(LegacySourceEvaluation s);
    static QString describe(LegacyIntelligenceEvaluation e);
    static QString describe(LegacyHandlingCode h);
    // "Legacy 5x5x5: source B (Mostly reliable), intelligence 2 (...), handling 1 (...)".
    static QString describe(const LegacyGrading& g);
    // Three lines, "Legacy 5x5x5 source: B (Mostly reliable)", intelligence and handling,
    // for lists, dialogs and packs: a legacy grade is always shown as legacy, with meanings.
    static QStringList describeLines(const LegacyGrading& g);
    // True when a legacy handling code allows sharing with UK partners outside law
    // enforcement (code 2 only); partner packs withhold the rest.
    static bool sharableWithPartners(LegacyHandlingCode h) { return h == LegacyHandlingCode::H2; }
    // The grading packed() back, or nothing for 0 / out of range (handling left at 1).
    static std::optional<LegacyGrading> unpackLegacy(int packed);
};

} // namespace corroborate
