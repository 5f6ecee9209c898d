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

} // namespace corroborate
