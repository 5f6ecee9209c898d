#pragma once

#include "PackContent.h"
#include "PackRenderer.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace corroborate {

class CaseFile;
class Database;

// What leaves the file, and its record: saving a rendered pack and recording it as a
// disclosure (DisclosureLog: one record per pack listing every included reference, plus its
// audit entry). The disclosure and the file stand or fall together: the record is written in
// a transaction that commits only after the file is in place, and the file is removed again
// if the record cannot be committed.
class PackOutput
{
    Q_DECLARE_TR_FUNCTIONS(PackOutput)
public:
    static inline const QString kKindPdf = QStringLiteral("pack_pdf");
    static inline const QString kKindPrint = QStringLiteral("pack_print");

    // Records a disclosure of `content` (kind pack_pdf or pack_print) within the caller's
    // transaction; returns its id.
    static qint64 recordDisclosure(Database& db, const PackContent& content, const QString& kind);

    // Throws Error(Conflict) when something exists at `path`: packs never overwrite.
    static void checkNewPath(const QString& path);

    // Saves already rendered PDF bytes at `path` (QSaveFile, owner-only permissions; never
    // overwrites: Conflict) and records the disclosure. Returns the disclosure id.
    static qint64 savePdf(CaseFile& file, const PackContent& content, const QByteArray& pdf,
                          const QString& path);

    // Saves rendered PDF bytes at `path` like savePdf(), recording whatever `record` records
    // (in the same transaction, which commits only once the file is in place). Returns what
    // `record` returns.
    static qint64 savePdf(CaseFile& file, const QByteArray& pdf, const QString& path,
                          const std::function<qint64(Database&)>& record);

    struct Written
    {
        qint64 disclosureId = 0;
        int pages = 0;
        bool cancelled = false; // nothing written, nothing recorded
    };
    // Renders straight into a QSaveFile at `path` and records the disclosure (the CLI's path;
    // also usable on one worker thread that owns its own connection).
    static Written writePdf(CaseFile& file, const PackContent& content, const QString& path,
                            const PackRenderer::ProgressFn& progress = {},
                            const std::atomic_bool* cancel = nullptr);

    // Records a printed pack (call after the printer accepted it). Returns the disclosure id.
    static qint64 recordPrint(CaseFile& file, const PackContent& content);
};

} // namespace corroborate
