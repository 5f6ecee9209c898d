#include "SqlError.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <sqlcipher/sqlite3.h>

namespace corroborate {

namespace {
struct SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)
};
} // namespace

void throwSqlError(sqlite3* db, int rc, const char* what)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
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
    case SQLITE_FULL:
        throw Error(ErrorKind::Internal,
                    SqlErrorText::tr("The disk is full; nothing was saved. Free some space and "
                                     "try again."));
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
    default:
        throw Error(ErrorKind::Internal, SqlErrorText::tr("Database error during %1: %2 (code %3)")
                                             .arg(QString::fromLatin1(what), detail)
                                             .arg(rc));
    }
}

} // namespace corroborate
