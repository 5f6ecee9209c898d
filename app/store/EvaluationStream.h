#pragma once

#include "core/Nominal.h"

#include <QList>
#include <functional>
#include <memory>

namespace corroborate {

class Database;

// The whole-list pass the threshold evaluation runs on (docs/threading.md): one streaming merge of
// two cursors in nominal-id order, each over an index that covers every column it reads
// (nominals_for_evaluation, intelligence_for_evaluation), never one query per nominal. The
// nominal and item passed to the visitor hold only what the evaluation reads (plus names when
// asked for); their storage is reused between calls. Items come in id (recorded) order.
class EvaluationStream
{
public:
    enum class Detail
    {
        Evaluation,         // id, reference, classification, harm, dates; items' evaluation columns
        WithItemReferences, // also each item's reference (per-item output)
        WithNames,          // also surname and forenames (lists sort and show them)
    };
    // Return false to stop.
    using Visitor =
        std::function<bool(const Nominal& nominal, const QList<IntelligenceItem>& intelligence)>;

    explicit EvaluationStream(Database& db, Detail detail = Detail::Evaluation);
    ~EvaluationStream();
    EvaluationStream(const EvaluationStream&) = delete;
    EvaluationStream& operator=(const EvaluationStream&) = delete;

    // Visits every nominal with id > afterId, in id order; returns how many were visited.
    qint64 run(const Visitor& visit, qint64 afterId = 0);

private:
    struct Interned;
    Database& m_db;
    Detail m_detail;
    std::unique_ptr<Interned> m_interned;
};

} // namespace corroborate
