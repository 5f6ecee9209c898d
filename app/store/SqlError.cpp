#include "SqlError.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <sqlcipher/sqlite3.h>

namespace corroborate {

namespace {
struct SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)
};
} // namespace

QString systemErrorMessage(int systemErrno)
{
    switch (systemErrno) {
    case ENOSPC:
    case EDQUOT:
        return SqlErrorText::tr("The disk holding the case file is full (or your quota is used "
                                "up); nothing was saved. Free some space and try again.");
    case EFBIG:
        return SqlErrorText::tr("The case file has reached the largest file size allowed here "
                                "(a file-size limit); nothing was saved. Raise the limit (ulimit "
                                "-f) or move the file, then try again.");
    case EROFS:
        return SqlErrorText::tr("The case file is on a read-only file system; nothing was saved.");
    default:
        return {};
    }
}

void throwSqlError(sqlite3* db, int rc, const char* what)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    const int systemErrno = db ? sqlite3_system_errno(db) : 0;
    // A full disk shows as SQLITE_FULL, or as an I/O error (for example when the shared-memory
    // index cannot grow) whose system error says so: report it as what it is.
    if ((rc & 0xff) == SQLITE_FULL)
        throw Error(ErrorKind::Internal, systemErrorMessage(ENOSPC));
    // (An attached database's I/O error reaches sqlcipher_export's caller as SQLITE_ERROR.)
    if ((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_CANTOPEN ||
        (rc & 0xff) == SQLITE_ERROR) {
        if (const QString message = systemErrorMessage(systemErrno); !message.isEmpty())
            throw Error(ErrorKind::Internal, message);
    }
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(ErrorKind::Conflict,
                    SqlErrorText::tr("The case file is in use by another copy of Corroborate "
                                     "and stayed busy. Try again when it has finished."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw Error(ErrorKind::NotACaseFile,
                    SqlErrorText::tr("The case file is damaged (%1). Restore it from a backup.")
                        .arg(detail));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        throw Error(ErrorKind::NotACaseFile,
                    SqlErrorText::tr("The case file cannot be written (%1). Check its "
                                     "permissions.")
                        .arg(detail));
    case SQLITE_CONSTRAINT:
        throw Error(ErrorKind::Conflict,
                    SqlErrorText::tr("The change conflicts with what is already in the case "
                                     "file (%1).")
                        .arg(detail));
    case SQLITE_IOERR:
        throw Error(ErrorKind::Internal,
                    SqlErrorText::tr("The disk reported an error during %1 (%2%3); nothing was "
                                     "saved. Check the disk, then try again.")
                        .arg(QString::fromLatin1(what), detail,
                             systemErrno ? QStringLiteral(": ") +
                                               QString::fromLocal8Bit(std::strerror(systemErrno))
                                         : QString()));
    default:
        throw Error(ErrorKind::Internal, SqlErrorText::tr("Database error during %1: %2 (code %3)")
                                             .arg(QString::fromLatin1(what), detail)
                                             .arg(rc));
    }
}

} // namespace corroborate
