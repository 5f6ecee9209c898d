#include "OversightOutput.h"

#include "core/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace corroborate {

void OversightOutput::checkNewPath(const QString& path)
{
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
        throw Error(ErrorKind::Conflict,
                    tr("%1 already exists; the oversight report never overwrites a file. Choose "
                       "another name.")
                        .arg(path));
}

void OversightOutput::checkCsvDir(const QString& dir, const OversightTables& tables)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        throw Error(
            ErrorKind::InvalidData,
            tr("%1 is a file, not a folder: give --csv a folder for the CSV files.").arg(dir));
    for (const ReportTable& t : tables.tables())
        checkNewPath(QDir(dir).filePath(t.key + QStringLiteral(".csv")));
}

void OversightOutput::writeFile(const QString& path, const QByteArray& bytes)
{
    checkNewPath(path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw Error(ErrorKind::Internal,
                    tr("%1 could not be written: %2.").arg(path, out.errorString()));
}

QStringList OversightOutput::writeCsv(const QString& dir, const OversightTables& tables)
{
    checkCsvDir(dir, tables);
    if (!QDir().mkpath(dir))
        throw Error(ErrorKind::Internal, tr("The folder %1 could not be made.").arg(dir));
    QStringList written;
    for (const ReportTable& t : tables.tables()) {
        const QString path = QDir(dir).filePath(t.key + QStringLiteral(".csv"));
        writeFile(path, OversightTables::toCsv(t));
        written << path;
    }
    return written;
}

} // namespace corroborate
