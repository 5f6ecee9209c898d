#include "ThresholdScan.h"

#include "policy/PolicyStore.h"

namespace corroborate {

Policy ThresholdScan::activePolicy(Database& db)
{
    return Policy::fromStored(PolicyStore(db).active());
}

ThresholdSummary ThresholdScan::run(const QDate& asOf, const Visitor& visit,
                                    EvaluationStream::Detail detail)
{
    ThresholdSummary summary;
    Evaluation evaluation;
    EvaluationStream stream(m_db, detail);
    stream.run([&](const Nominal& nominal, const QList<IntelligenceItem>& intelligence) {
        m_evaluator.evaluate(nominal, intelligence, asOf, evaluation);
        ++summary.nominals;
        if (evaluation.meetsThreshold())
            ++summary.meetsThreshold;
        else
            ++summary.belowThreshold;
        if (evaluation.reviewOverdue)
            ++summary.reviewOverdue;
        return !visit || visit(nominal, evaluation);
    });
    return summary;
}

QStringList ThresholdScan::flaggedReferences(const QDate& asOf)
{
    QStringList out;
    run(asOf, [&out](const Nominal& n, const Evaluation& e) {
        if (e.isFlagged())
            out << n.reference;
        return true;
    });
    return out;
}

QStringList ThresholdScan::overdueReferences(const QDate& asOf)
{
    QStringList out;
    run(asOf, [&out](const Nominal& n, const Evaluation& e) {
        if (e.reviewOverdue)
            out << n.reference;
        return true;
    });
    return out;
}

} // namespace corroborate
