#pragma once

#include "policy/Evaluation.h"
#include "policy/Evaluator.h"
#include "policy/Policy.h"
#include "store/EvaluationStream.h"

#include <QDate>
#include <QStringList>
#include <functional>

namespace corroborate {

class Database;

struct ThresholdSummary
{
    qint64 nominals = 0;
    qint64 meetsThreshold = 0;
    qint64 belowThreshold = 0;
    qint64 reviewOverdue = 0;
};

// Evaluates every nominal in the file in one streaming pass (EvaluationStream) under one
// policy and date: the whole-list evaluation, and the flagged (below the threshold: flagged
// for removal and restricted) and overdue sets every other feature takes from here.
class ThresholdScan
{
public:
    // Return false to stop early.
    using Visitor = std::function<bool(const Nominal& nominal, const Evaluation& evaluation)>;

    ThresholdScan(Database& db, const Policy& policy)
        : m_db(db)
        , m_policy(policy)
        , m_evaluator(policy)
    {
    }

    // The active policy of the file (PolicyStore::active()).
    static Policy activePolicy(Database& db);

    ThresholdSummary run(const QDate& asOf, const Visitor& visit = {},
                         EvaluationStream::Detail detail = EvaluationStream::Detail::Evaluation);

    // References of the nominals below the threshold / with a review overdue, in id order.
    QStringList flaggedReferences(const QDate& asOf);
    QStringList overdueReferences(const QDate& asOf);

private:
    Database& m_db;
    Policy m_policy;
    Evaluator m_evaluator;
};

} // namespace corroborate
