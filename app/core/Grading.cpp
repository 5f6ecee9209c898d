#include "Grading.h"

namespace corroborate {

QString Grading::code(SourceEvaluation s)
{
    switch (s) {
    case SourceEvaluation::Reliable1:
        return QStringLiteral("1");
    case SourceEvaluation::Untested2:
        return QStringLiteral("2");
    case SourceEvaluation::NotReliable3:
        return QStringLiteral("3");
    }
    return {};
}

QString Grading::code(IntelligenceAssessment a)
{
    return QString(QLatin1Char(static_cast<char>('A' + static_cast<int>(a))));
}

QString Grading::code(HandlingCode h)
{
    return h == HandlingCode::P ? QStringLiteral("P") : QStringLiteral("C");
}

std::optional<SourceEvaluation> Grading::sourceEvaluationFrom(const QString& code)
{
    if (code == QLatin1String("1"))
        return SourceEvaluation::Reliable1;
    if (code == QLatin1String("2"))
        return SourceEvaluation::Untested2;
    if (code == QLatin1String("3"))
        return SourceEvaluation::NotReliable3;
    return std::nullopt;
}

std::optional<IntelligenceAssessment> Grading::assessmentFrom(const QString& code)
{
    if (code.size() != 1)
        return std::nullopt;
    const char c = code.at(0).toLatin1();
    if (c < 'A' || c > 'E')
        return std::nullopt;
    return static_cast<IntelligenceAssessment>(c - 'A');
}

std::optional<HandlingCode> Grading::handlingCodeFrom(const QString& code)
{
    if (code == QLatin1String("P"))
        return HandlingCode::P;
    if (code == QLatin1String("C"))
        return HandlingCode::C;
    return std::nullopt;
}

QStringList Grading::sourceEvaluationCodes()
{
    return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
}

QStringList Grading::assessmentCodes()
{
    return {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
            QStringLiteral("E")};
}

QStringList Grading::handlingCodes()
{
    return {QStringLiteral("P"), QStringLiteral("C")};
}

QString Grading::meaning(SourceEvaluation s)
{
    switch (s) {
    case SourceEvaluation::Reliable1:
        return tr("Reliable");
    case SourceEvaluation::Untested2:
        return tr("Untested");
    case SourceEvaluation::NotReliable3:
        return tr("Not reliable");
    }
    return {};
}

QString Grading::meaning(IntelligenceAssessment a)
{
    switch (a) {
    case IntelligenceAssessment::A:
        return tr("Known directly to the source");
    case IntelligenceAssessment::B:
        return tr("Known indirectly to the source but corroborated");
    case IntelligenceAssessment::C:
        return tr("Known indirectly to the source");
    case IntelligenceAssessment::D:
        return tr("Not known");
    case IntelligenceAssessment::E:
        return tr("Suspected to be false");
    }
    return {};
}

QString Grading::meaning(HandlingCode h)
{
    return h == HandlingCode::P ? tr("Lawful sharing permitted")
                                : tr("Lawful sharing permitted with conditions");
}

QString Grading::describe(SourceEvaluation s)
{
    return tr("%1 (%2)").arg(code(s), meaning(s));
}
QString Grading::describe(IntelligenceAssessment a)
{
    return tr("%1 (%2)").arg(code(a), meaning(a));
}
QString Grading::describe(HandlingCode h)
{
    return tr("%1 (%2)").arg(code(h), meaning(h));
}

namespace {
template <typename E> std::optional<E> fromCode(const QString& code, char first)
{
    if (code.size() != 1)
        return std::nullopt;
    const char c = code.at(0).toLatin1();
    if (c < first || c > first + 4)
        return std::nullopt;
    return static_cast<E>(c - first);
}
QStringList fiveCodes(char first)
{
    QStringList out;
    for (char c = first; c < first + 5; ++c)
        out << QString(QLatin1Char(c));
    return out;
}
} // namespace

QString LegacyGrading::codes() const
{
    return Grading::code(source) + Grading::code(intelligence) + QLatin1Char(' ') +
           Grading::code(handling);
}

QString Grading::code(LegacySourceEvaluation s)
{
    return QString(QLatin1Char(static_cast<char>('A' + static_cast<int>(s))));
}
QString Grading::code(LegacyIntelligenceEvaluation e)
{
    return QString(QLatin1Char(static_cast<char>('1' + static_cast<int>(e))));
}
QString Grading::code(LegacyHandlingCode h)
{
    return QString(QLatin1Char(static_cast<char>('1' + static_cast<int>(h))));
}
std::optional<LegacySourceEvaluation> Grading::legacySourceFrom(const QString& code)
{
    return fromCode<LegacySourceEvaluation>(code, 'A');
}
std::optional<LegacyIntelligenceEvaluation> Grading::legacyIntelligenceFrom(const QString& code)
{
    return fromCode<LegacyIntelligenceEvaluation>(code, '1');
}
std::optional<LegacyHandlingCode> Grading::legacyHandlingFrom(const QString& code)
{
    return fromCode<LegacyHandlingCode>(code, '1');
}
QStringList Grading::legacySourceCodes()
{
    return fiveCodes('A');
}
QStringList Grading::legacyIntelligenceCodes()
{
    return fiveCodes('1');
}
QStringList Grading::legacyHandlingCodes()
{
    return fiveCodes('1');
}

QString Grading::meaning(LegacySourceEvaluation s)
{
    switch (s) {
    case LegacySourceEvaluation::A:
        return tr("Always reliable");
    case LegacySourceEvaluation::B:
        return tr("Mostly reliable");
    case LegacySourceEvaluation::C:
        return tr("Sometimes reliable");
    case LegacySourceEvaluation::D:
        return tr("Unreliable");
    case LegacySourceEvaluation::E:
        return tr("Untested source");
    }
    return {};
}

QString Grading::meaning(LegacyIntelligenceEvaluation e)
{
    switch (e) {
    case LegacyIntelligenceEvaluation::E1:
        return tr("Known to be true without reservation");
    case LegacyIntelligenceEvaluation::E2:
        return tr("Known personally to the source but not to the officer");
    case LegacyIntelligenceEvaluation::E3:
        return tr("Not personally known to the source but corroborated");
    case LegacyIntelligenceEvaluation::E4:
        return tr("Cannot be judged");
    case LegacyIntelligenceEvaluation::E5:
        return tr("Suspected to be false or malicious");
    }
    return {};
}

QString Grading::meaning(LegacyHandlingCode h)
{
    switch (h) {
    case LegacyHandlingCode::H1:
        return tr("May be disseminated to other law enforcement and prosecuting agencies");
    case LegacyHandlingCode::H2:
        return tr("May be disseminated to UK non-prosecuting parties");
    case LegacyHandlingCode::H3:
        return tr("May be disseminated to non-EEA law enforcement agencies");
    case LegacyHandlingCode::H4:
        return tr("May be disseminated within the originating agency only");
    case LegacyHandlingCode::H5:
        return tr("No further dissemination: refer to the originator");
    }
    return {};
}

QString Grading::describe(LegacySourceEvaluation s)
{
    return tr("%1 (%2)").arg(code(s), meaning(s));
}
QString Grading::describe(LegacyIntelligenceEvaluation e)
{
    return tr("%1 (%2)").arg(code(e), meaning(e));
}
QString Grading::describe(LegacyHandlingCode h)
{
    return tr("%1 (%2)").arg(code(h), meaning(h));
}

QString Grading::describe(const LegacyGrading& g)
{
    return tr("Legacy 5x5x5 grade: source %1, intelligence %2, handling %3")
        .arg(describe(g.source), describe(g.intelligence), describe(g.handling));
}

QStringList Grading::describeLines(const LegacyGrading& g)
{
    return {tr("Legacy 5x5x5 source: %1").arg(describe(g.source)),
            tr("Legacy 5x5x5 intelligence: %1").arg(describe(g.intelligence)),
            tr("Legacy 5x5x5 handling: %1").arg(describe(g.handling))};
}

std::optional<LegacyGrading> Grading::unpackLegacy(int packed)
{
    if (packed < 1 || packed > 25)
        return std::nullopt;
    LegacyGrading g;
    g.source = static_cast<LegacySourceEvaluation>((packed - 1) % 5);
    g.intelligence = static_cast<LegacyIntelligenceEvaluation>((packed - 1) / 5);
    return g;
}

} // namespace corroborate
