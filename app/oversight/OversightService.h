#pragma once

#include "OversightReport.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace corroborate {

class Database;

// Builds the oversight report (issue 12) from one read snapshot of the file: the whole-list
// threshold pass (ThresholdScan over the covering indexes), one pass over the nominals
// table for ethnicity, gender, date of birth and area, merged in id order, and small queries
// for the removal tallies, sign-off decisions and disclosures. Never one query per nominal.
// Runs on any thread with its own connection (the GUI's DataWorker, the CLI).
class OversightService
{
    Q_DECLARE_TR_FUNCTIONS(OversightService)
public:
    // (done, total) now and then; return false to stop (build() then returns nullopt).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit OversightService(Database& db)
        : m_db(db)
    {
    }

    std::optional<OversightReport> build(const QDate& asOf, const Progress& progress = {});

    // Producing the report is a consultation of the whole list: the audit entry (in its own
    // transaction, on a connection that may write). `output` says what was made ("json",
    // "pdf", "csv", "window"...).
    static void recordConsultation(Database& db, const QString& username,
                                   const OversightReport& report, const QString& output);

private:
    Database& m_db;
};

} // namespace corroborate
