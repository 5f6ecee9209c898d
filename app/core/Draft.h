#pragma once

// Unsaved work kept in the case file.
// Plain values: the store reads and writes them, services and screens pass them around.

#include <QList>
#include <QString>

namespace corroborate {

// A piece of unsaved work kept in the case file: a review step's choices, an edit dialog's
// fields. Never a decision; only its author reads it back.
struct DraftRecord
{
    qint64 id = 0;
    QString username;
    QString kind; // review | nominal_edit | nominal_new | intelligence_edit | intelligence_new
    qint64 nominalId = 0; // 0: about nobody yet (a new nominal)
    qint64 itemId = 0;
    QString payload; // JSON
    QString savedAt; // UTC ISO 8601
};

} // namespace corroborate
