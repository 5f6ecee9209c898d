#include "PackOutput.h"

#include "PackHtml.h"
#include "audit/DisclosureLog.h"
#include "core/Error.h"
#include "store/CaseFile.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QSaveFile>

namespace corroborate {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

void openForWriting(QSaveFile& out)
{
    if (!out.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Usage, PackOutput::tr("Cannot write the pack to %1: %2. Choose a "
                                                     "folder you can write to.")
                                          .arg(out.fileName(), out.errorString()));
    out.setPermissions(kOwnerOnly);
}

// Places the written file at its name, never over another file: the name is reserved with an
// exclusive create (so a file that appeared meanwhile is a Conflict), then the save replaces
// only that empty reservation.
void commitWithoutOverwriting(QSaveFile& out)
{
    QFile reservation(out.fileName());
    if (!reservation.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        out.cancelWriting();
        if (QFileInfo::exists(out.fileName()))
            throw Error(ErrorKind::Conflict,
                        PackOutput::tr("%1 already exists; packs never overwrite a file. Choose "
                                       "another name.")
                            .arg(out.fileName()));
        throw Error(
            ErrorKind::Usage,
            PackOutput::tr("Cannot create %1: %2.").arg(out.fileName(), reservation.errorString()));
    }
    reservation.close();
    if (!out.commit()) {
        QFile::remove(out.fileName());
        throw Error(ErrorKind::Internal, PackOutput::tr("The pack could not be saved to %1: %2.")
                                             .arg(out.fileName(), out.errorString()));
    }
}

// Records the disclosure and puts the file in place; both or neither.
qint64 commitRecording(CaseFile& file, QSaveFile& out,
                       const std::function<qint64(Database&)>& record)
{
    Transaction tx(file.db());
    const qint64 id = record(file.db());
    commitWithoutOverwriting(out);
    try {
        tx.commit();
    } catch (...) {
        QFile::remove(out.fileName());
        throw;
    }
    return id;
}

qint64 commitWithDisclosure(CaseFile& file, const PackContent& content, QSaveFile& out)
{
    return commitRecording(file, out, [&content](Database& db) {
        return PackOutput::recordDisclosure(db, content, PackOutput::kKindPdf);
    });
}
} // namespace

qint64 PackOutput::recordDisclosure(Database& db, const PackContent& c, const QString& kind)
{
    Disclosure d;
    d.madeBy = c.producerUsername;
    d.kind = kind;
    d.audience = PackHtml::audienceWireName(c.audience);
    d.recipient = c.recipient;
    d.lawfulBasis = c.lawfulBasis;
    d.purpose = c.purpose;
    d.identifier = c.identifier;
    return DisclosureLog(db).record(d, c.references());
}

void PackOutput::checkNewPath(const QString& path)
{
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
        throw Error(
            ErrorKind::Conflict,
            tr("%1 already exists; packs never overwrite a file. Choose another name.").arg(path));
}

qint64 PackOutput::savePdf(CaseFile& file, const PackContent& content, const QByteArray& pdf,
                           const QString& path)
{
    return savePdf(file, pdf, path,
                   [&content](Database& db) { return recordDisclosure(db, content, kKindPdf); });
}

qint64 PackOutput::savePdf(CaseFile& file, const QByteArray& pdf, const QString& path,
                           const std::function<qint64(Database&)>& record)
{
    checkNewPath(path);
    QSaveFile out(path);
    openForWriting(out);
    if (out.write(pdf) != pdf.size())
        throw Error(ErrorKind::Internal,
                    tr("The pack could not be written to %1: %2.").arg(path, out.errorString()));
    return commitRecording(file, out, record);
}

PackOutput::Written PackOutput::writePdf(CaseFile& file, const PackContent& content,
                                         const QString& path,
                                         const PackRenderer::ProgressFn& progress,
                                         const std::atomic_bool* cancel)
{
    checkNewPath(path);
    QSaveFile out(path);
    openForWriting(out);
    PackRenderer renderer(content);
    const PackRenderer::Result r = renderer.renderPdf(out, progress, cancel);
    Written w;
    w.pages = r.pages;
    if (r.cancelled) {
        out.cancelWriting();
        w.cancelled = true;
        return w;
    }
    w.disclosureId = commitWithDisclosure(file, content, out);
    return w;
}

qint64 PackOutput::recordPrint(CaseFile& file, const PackContent& content)
{
    Transaction tx(file.db());
    const qint64 id = recordDisclosure(file.db(), content, kKindPrint);
    tx.commit();
    return id;
}

} // namespace corroborate
