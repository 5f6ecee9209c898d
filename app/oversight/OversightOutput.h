#pragma once

#include "OversightPdf.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace corroborate {

// Writes the oversight report's files (never over an existing file: Conflict). The CSVs are
// one per table, named after its JSON key (by_ethnicity.csv, ..., monthly.csv, sign_off.csv,
// disclosures.csv), with the suppression of `tables`.
class OversightOutput
{
    Q_DECLARE_TR_FUNCTIONS(OversightOutput)
public:
    static void checkNewPath(const QString& path);
    // Throws Conflict when any CSV would overwrite a file, InvalidData when `dir` is a file.
    static void checkCsvDir(const QString& dir, const OversightTables& tables);
    // Returns the paths written.
    static QStringList writeCsv(const QString& dir, const OversightTables& tables);
    static void writeFile(const QString& path, const QByteArray& bytes);
};

} // namespace corroborate
