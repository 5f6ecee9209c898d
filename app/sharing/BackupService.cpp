#include "BackupService.h"

#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "store/CaseFile.h"
#include "store/Database.h"
#include "store/OnlineBackup.h"
#include "workflow/CaseFileVerifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace corroborate {

namespace {
[[noreturn]] void refuseExisting(const QString& path)
{
    throw Error(ErrorKind::Conflict, BackupService::tr("%1 already exists. Choose another name: a "
                                                       "backup never overwrites a file.")
                                         .arg(path));
}

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

BackupService::Result BackupService::write(CaseFile& source, const QString& outPath,
                                           const Secret& passphrase, bool newPassphrase,
                                           const User& actor)
{
    const QFileInfo target(outPath);
    if (target.exists() || target.isSymLink())
        refuseExisting(outPath);
    if (!target.absoluteDir().exists())
        throw Error(
            ErrorKind::Usage,
            tr("The folder %1 does not exist. Create it first.").arg(target.absolutePath()));
    // The copy is made beside the target under a private name and put in place only when it
    // has been verified.
    const QString temp = target.absoluteDir().filePath(
        QStringLiteral(".%1.partial-%2")
            .arg(target.fileName())
            .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    {
        QFile reserve(temp);
        if (!reserve.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw Error(ErrorKind::Usage, tr("Cannot write in %1 (%2). Choose a folder you can "
                                             "write to.")
                                              .arg(target.absolutePath(), reserve.errorString()));
    }
    Result result;
    try {
        {
            Database copy;
            copy.open(temp, passphrase);
            copyOnline(source.db(), copy);
        }
        {
            auto copy = CaseFile::open(temp, passphrase);
            const CaseFileVerifier::Report report = CaseFileVerifier(*copy).run();
            result.checks = static_cast<int>(report.checks.size());
            for (const CaseFileVerifier::Check& c : report.checks)
                if (!c.ok)
                    throw Error(ErrorKind::Verification,
                                tr("The backup failed its check \"%1\" (%2); it was removed. "
                                   "Run `verify` on the case file.")
                                    .arg(c.name, c.detail));
        }
        if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(outPath).constData()) !=
            0) {
            if (errno == EEXIST)
                refuseExisting(outPath);
            throw Error(ErrorKind::Usage,
                        tr("Cannot create %1 (%2).")
                            .arg(outPath, QString::fromLocal8Bit(std::strerror(errno))));
        }
        removeWithCompanions(temp);
    } catch (...) {
        removeWithCompanions(temp);
        throw;
    }
    result.bytes = QFileInfo(outPath).size();
    try {
        Transaction tx(source.db());
        AuditLog(source.db())
            .append(actor.username, AuditAction::CaseFileAdmin, QStringLiteral("backup"),
                    QStringLiteral("encrypted backup"),
                    QStringLiteral("%1, %2 bytes, %3, verified (%4 checks)")
                        .arg(target.fileName())
                        .arg(result.bytes)
                        .arg(newPassphrase ? QStringLiteral("new passphrase")
                                           : QStringLiteral("same passphrase"))
                        .arg(result.checks));
        tx.commit();
    } catch (...) {
        // Not logged, so not kept.
        QFile::remove(outPath);
        throw;
    }
    return result;
}

} // namespace corroborate
