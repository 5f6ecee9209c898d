#include "CaseFile.h"

#include "ErasureRepository.h"
#include "Migrations.h"
#include "SqlError.h"
#include "core/Error.h"
#include "core/Time.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QThread>
#include <functional>
#include <string>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corroborate {

namespace {
struct CaseFileText
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

constexpr int kPageSize = 4096;
} // namespace

CaseFile::~CaseFile()
{
    // The last close is an opportunity to finish an erasure another copy was holding up.
    if (m_db.isOpen())
        ErasureRepository(m_db).finishPendingScrub();
    m_db.close();
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the flock
}

bool CaseFile::checkReadableFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("There is no file at %1. Check the path, or create a case "
                                     "file with \"init\".")
                        .arg(path));
    if (info.isDir())
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("%1 is a folder, not a case file. Choose the .corroborate "
                                     "file inside it.")
                        .arg(path));
    if (!info.isFile())
        throw Error(
            ErrorKind::NotACaseFile,
            CaseFileText::tr("%1 is not a regular file, so it is not a case file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("%1 cannot be read (%2). Check its permissions.")
                        .arg(path, file.errorString()));
    if (file.size() == 0)
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("%1 is empty: it is not a case file. If it was one, it was "
                                     "damaged; restore it from a backup.")
                        .arg(path));
    const QByteArray head = file.read(512);
    if (head.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("%1 is an unencrypted SQLite database, not a Corroborate "
                                     "case file. Case files are always encrypted.")
                        .arg(path));
    // Documents that people pick by mistake, named by what they are.
    const auto notOurs = [&path](const QString& what) {
        return Error(ErrorKind::NotACaseFile,
                     CaseFileText::tr("%1 is %2, not a Corroborate case file. Choose a "
                                      ".corroborate file.")
                         .arg(path, what));
    };
    if (head.startsWith("%PDF-"))
        throw notOurs(CaseFileText::tr("a PDF document"));
    if (head.startsWith("PK\x03\x04"))
        throw notOurs(CaseFileText::tr("a ZIP archive (or an office document)"));
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        throw notOurs(CaseFileText::tr("an older office document"));
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8"))
        throw notOurs(CaseFileText::tr("a picture"));
    if (head.startsWith("\x1F\x8B"))
        throw notOurs(CaseFileText::tr("a compressed (gzip) file"));
    {
        // An encrypted file begins with random bytes; text has no control characters.
        bool text = !head.isEmpty();
        for (const char c : head) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x09 || (u > 0x0D && u < 0x20) || u == 0x7F) {
                text = false;
                break;
            }
        }
        if (text)
            throw notOurs(head.trimmed().startsWith('{')
                              ? CaseFileText::tr("a JSON text file (an exchange file is "
                                                 "imported with the \"import\" command)")
                              : CaseFileText::tr("a text file"));
    }
    if (file.size() < kPageSize)
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("%1 is not a Corroborate case file, or it is damaged (it is "
                                     "shorter than one page).")
                        .arg(path));
    // An encrypted database is a whole number of pages. A file that is not was cut short by
    // an interrupted write (or is not ours): open() decides once the key is known.
    return file.size() % kPageSize == 0;
}

bool CaseFile::isOpenElsewhere(const QString& path)
{
    // Every copy holds a shared lock while the file is open: an exclusive one cannot be had.
    const int fd = ::open(path.toUtf8().constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool busy = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // releases the probe's lock, if it got one
    return busy;
}

QString CaseFile::temporaryPathFor(const QString& path)
{
    QByteArray pattern = (path + QStringLiteral(".partial-XXXXXX")).toUtf8();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        const int error = errno;
        const QString message = systemErrorMessage(error);
        throw Error(error == ENOSPC || error == EDQUOT ? ErrorKind::Internal : ErrorKind::Usage,
                    !message.isEmpty()
                        ? message
                        : CaseFileText::tr("Cannot create a file beside %1 (%2). Check the folder "
                                           "exists and is writable.")
                              .arg(path, QString::fromLocal8Bit(strerror(error))));
    }
    ::fchmod(fd, 0600);
    ::close(fd);
    return QString::fromUtf8(pattern);
}

namespace {
void removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void syncPath(const QString& path, int flags)
{
    const int fd = ::open(path.toUtf8().constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return;
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0 && error != EINVAL) {
        const QString message = systemErrorMessage(error);
        throw Error(ErrorKind::Internal,
                    !message.isEmpty() ? message
                                       : CaseFileText::tr("Cannot write %1 to disk (%2).")
                                             .arg(path, QString::fromLocal8Bit(strerror(error))));
    }
}

// Renames `from` to `to`; with `replace` false, never over an existing file.
void renameInto(const QString& from, const QString& to, bool replace)
{
    const QByteArray a = from.toUtf8();
    const QByteArray b = to.toUtf8();
    int rc = 0;
    if (replace) {
        rc = ::rename(a.constData(), b.constData());
    } else {
        rc = ::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE);
        if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
            // A file system without RENAME_NOREPLACE: a hard link also refuses to replace.
            rc = ::link(a.constData(), b.constData());
            if (rc == 0)
                ::unlink(a.constData());
        }
    }
    if (rc != 0) {
        const int error = errno;
        if (error == EEXIST)
            throw Error(ErrorKind::Conflict,
                        CaseFileText::tr("%1 already exists. Choose another name; an existing "
                                         "file is never overwritten.")
                            .arg(to));
        const QString message = systemErrorMessage(error);
        throw Error(ErrorKind::Internal,
                    !message.isEmpty() ? message
                                       : CaseFileText::tr("Cannot put %1 in place (%2).")
                                             .arg(to, QString::fromLocal8Bit(strerror(error))));
    }
    syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY);
}
} // namespace

void CaseFile::lock(Access access)
{
    m_lockFd = ::open(m_path.toUtf8().constData(), O_RDONLY | O_CLOEXEC);
    if (m_lockFd < 0)
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("%1 cannot be read (%2).")
                        .arg(m_path, QString::fromLocal8Bit(strerror(errno))));
    const int op = (access == Access::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
    if (::flock(m_lockFd, op) != 0) {
        const int error = errno;
        ::close(m_lockFd);
        m_lockFd = -1;
        if (error != EWOULDBLOCK)
            throw Error(ErrorKind::Internal,
                        CaseFileText::tr("%1 cannot be locked (%2).")
                            .arg(m_path, QString::fromLocal8Bit(strerror(error))));
        throw Error(ErrorKind::Conflict,
                    access == Access::Exclusive
                        ? CaseFileText::tr("%1 is open in another copy of Corroborate. Close it "
                                           "there first, then try again.")
                              .arg(m_path)
                        : CaseFileText::tr("%1 is being changed by another copy of Corroborate "
                                           "(for example a passphrase change). Try again when "
                                           "it has finished.")
                              .arg(m_path));
    }
    m_access = access;
}

void CaseFile::checkIdentityAndVersion()
{
    const qint64 appId = m_db.scalarInt("PRAGMA application_id;");
    const int version = schemaVersion();
    if (appId != kApplicationId)
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("%1 is an encrypted database, but not a Corroborate case "
                                     "file.")
                        .arg(m_path));
    if (version > Migrations::latestVersion())
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("%1 was written by a newer version of Corroborate (case "
                                     "file format %2; this version reads up to %3). Install the "
                                     "newer version to open it; the file was not changed.")
                        .arg(m_path)
                        .arg(version)
                        .arg(Migrations::latestVersion()));
}

std::unique_ptr<CaseFile> CaseFile::open(const QString& path, const Secret& passphrase,
                                         Access access)
{
    const bool wholePages = checkReadableFile(path);
    std::unique_ptr<CaseFile> file(new CaseFile);
    file->m_path = path;
    file->lock(access);
    file->m_db.open(path, passphrase);
    const QString cipher = file->m_db.cipherVersion();
    if (cipher.isEmpty() || cipher.section(QLatin1Char('.'), 0, 0).toInt() < 4)
        throw Error(ErrorKind::Internal,
                    CaseFileText::tr("Corroborate needs SQLCipher 4 or newer, but found \"%1\". "
                                     "On Debian 12 install libsqlcipher1 from bookworm-backports "
                                     "(packaging/setup-debian.sh does this).")
                        .arg(cipher.isEmpty() ? CaseFileText::tr("no SQLCipher") : cipher));
    file->checkIdentityAndVersion();
    if (!wholePages)
        file->recoverPartialPage();
    Migrations::upgrade(file->m_db);
    ErasureRepository(file->m_db).finishPendingScrub();
    return file;
}

void CaseFile::recoverPartialPage()
{
    const qint64 sizeBefore = QFileInfo(m_path).size();
    const auto damaged = [this](const QString& why) {
        return Error(ErrorKind::NotACaseFile,
                     CaseFileText::tr("%1 is damaged: an interrupted write cut it short (its size "
                                      "is not a whole number of pages) and %2. Restore it from a "
                                      "backup.")
                         .arg(m_path, why));
    };
    try {
        // The pages a cut-short checkpoint left half-written are still whole in the
        // write-ahead log: copying the log back rewrites them.
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
        qint64 size = QFileInfo(m_path).size();
        if (size % kPageSize != 0) {
            // A tail past the database's last page holds nothing: cut it off, holding the
            // write lock so no one extends the file meanwhile.
            Transaction tx(m_db);
            const qint64 pages = m_db.scalarInt("PRAGMA page_count;");
            if (pages * kPageSize < size &&
                ::truncate(m_path.toUtf8().constData(), pages * kPageSize) != 0)
                throw damaged(QString::fromLocal8Bit(strerror(errno)));
            tx.commit();
            size = QFileInfo(m_path).size();
        }
        if (size % kPageSize != 0)
            throw damaged(CaseFileText::tr("part of its last page is lost"));
        Statement quick = m_db.prepare("PRAGMA quick_check;");
        while (quick.step())
            if (quick.text(0) != u"ok")
                throw damaged(quick.text(0));
        if (const QStringList problems = pageAuthenticationProblems(); !problems.isEmpty())
            throw damaged(problems.first());
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::NotACaseFile && e.message().startsWith(m_path))
            throw;
        if (e.kind() == ErrorKind::NotACaseFile)
            throw damaged(e.message());
        throw;
    }
    m_notices << CaseFileText::tr("%1 had been cut short by an interrupted write (%2 bytes, not "
                                  "a whole number of pages). Every page could still be read, so "
                                  "it was recovered with nothing lost.")
                     .arg(m_path)
                     .arg(sizeBefore);
}

std::unique_ptr<CaseFile> CaseFile::create(const QString& path, const Secret& passphrase,
                                           const Builder& build)
{
    if (passphrase.isEmpty())
        throw Error(ErrorKind::Usage, CaseFileText::tr("A case file needs a passphrase."));
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        throw Error(ErrorKind::Conflict,
                    CaseFileText::tr("%1 already exists. Choose another name; an existing "
                                     "file is never overwritten.")
                        .arg(path));
    const QString temporary = temporaryPathFor(path);
    try {
        {
            std::unique_ptr<CaseFile> file(new CaseFile);
            file->m_path = temporary;
            file->lock(Access::Exclusive);
            file->m_db.open(temporary, passphrase);
            if (file->m_db.cipherVersion().section(QLatin1Char('.'), 0, 0).toInt() < 4)
                throw Error(ErrorKind::Internal,
                            CaseFileText::tr("Corroborate needs SQLCipher 4 or newer. On Debian "
                                             "12 install it from bookworm-backports."));
            file->m_db.exec("PRAGMA journal_mode = WAL;");
            file->m_db.exec("PRAGMA application_id = 1129467714;"); // kApplicationId
            Migrations::upgrade(file->m_db);
            {
                Transaction tx(file->m_db);
                file->setMeta(QStringLiteral("created_at"), Time::nowUtc());
                file->setMeta(QStringLiteral("created_with"), QStringLiteral(CORROBORATE_VERSION));
                tx.commit();
            }
            if (build)
                build(*file);
            file->m_db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
        } // closed: the log is folded in and removed
        syncPath(temporary, O_RDONLY);
        renameInto(temporary, path, false);
    } catch (...) {
        removeWithCompanions(temporary);
        throw;
    }
    return open(path, passphrase, Access::Shared);
}

std::unique_ptr<CaseFile> CaseFile::createUnkeyed(const QString& path)
{
    std::unique_ptr<CaseFile> file(new CaseFile);
    file->m_path = path;
    QFile f(path);
    if (f.exists() || !f.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Conflict, CaseFileText::tr("Cannot create %1.").arg(path));
    f.close();
    file->m_db.open(path, Secret());
    file->m_db.exec("PRAGMA journal_mode = WAL;");
    file->m_db.exec("PRAGMA application_id = 1129467714;");
    Migrations::upgrade(file->m_db);
    return file;
}

std::unique_ptr<CaseFile> CaseFile::openUnkeyed(const QString& path)
{
    std::unique_ptr<CaseFile> file(new CaseFile);
    file->m_path = path;
    file->m_db.open(path, Secret());
    file->checkIdentityAndVersion();
    return file;
}

QString CaseFile::meta(const QString& key) const
{
    Statement st = m_db.prepare("SELECT value FROM meta WHERE key = ?;");
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void CaseFile::setMeta(const QString& key, const QString& value)
{
    Statement st = m_db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value;");
    st.bind(1, key).bind(2, value).run();
}

bool CaseFile::isSynthetic() const
{
    return meta(QStringLiteral("synthetic")) == u"true";
}

int CaseFile::schemaVersion() const
{
    return static_cast<int>(m_db.scalarInt("PRAGMA user_version;"));
}

void CaseFile::rekey(const Secret& newPassphrase, const std::function<void(Database&)>& record)
{
    if (m_access != Access::Exclusive)
        throw Error(ErrorKind::Conflict,
                    CaseFileText::tr("Changing the passphrase needs the case file to itself."));
    if (newPassphrase.isEmpty())
        throw Error(ErrorKind::Usage, CaseFileText::tr("The new passphrase is empty."));
    const auto notChanged = [this](const QString& why) {
        return CaseFileText::tr("The passphrase of %1 was not changed: %2 The old passphrase "
                                "still opens it.")
            .arg(m_path, why);
    };
    // The whole file first: a damaged file is refused before anything is written.
    if (const QStringList problems = integrityProblems(); !problems.isEmpty())
        throw Error(ErrorKind::NotACaseFile,
                    notChanged(CaseFileText::tr("the file is damaged (%1). Restore it from a "
                                                "backup.")
                                   .arg(problems.mid(0, 3).join(QStringLiteral("; ")))));

    const qint64 applicationId = m_db.scalarInt("PRAGMA application_id;");
    const int version = schemaVersion();
    QString temporary;
    int newLockFd = -1;
    try {
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
        temporary = temporaryPathFor(m_path);
        m_db.exportEncrypted(temporary, newPassphrase);
        {
            Database copy;
            copy.open(temporary, newPassphrase);
            const std::string ids = "PRAGMA application_id = " + std::to_string(applicationId) +
                                    "; PRAGMA user_version = " + std::to_string(version) + ";";
            copy.exec(ids.c_str());
            copy.exec("PRAGMA journal_mode = WAL;");
            if (record) {
                Transaction tx(copy);
                record(copy);
                tx.commit();
            }
            copy.exec("PRAGMA wal_checkpoint(TRUNCATE);");
            Statement check = copy.prepare("PRAGMA quick_check;");
            while (check.step())
                if (check.text(0) != u"ok")
                    throw Error(ErrorKind::Internal,
                                CaseFileText::tr("the re-encrypted copy did not check out (%1).")
                                    .arg(check.text(0)));
        }
        syncPath(temporary, O_RDONLY);
        // Hold the new file as exclusively as the old one before it takes the name.
        newLockFd = ::open(temporary.toUtf8().constData(), O_RDONLY | O_CLOEXEC);
        if (newLockFd < 0 || ::flock(newLockFd, LOCK_EX | LOCK_NB) != 0)
            throw Error(ErrorKind::Internal,
                        CaseFileText::tr("the re-encrypted copy could not be locked."));
        m_db.close();
        renameInto(temporary, m_path, true);
    } catch (const Error& e) {
        if (newLockFd >= 0)
            ::close(newLockFd);
        if (!temporary.isEmpty())
            removeWithCompanions(temporary);
        // After a failed rename this object's connection stays closed: the command ends.
        throw Error(e.kind(), notChanged(e.message()));
    }
    ::close(m_lockFd);
    m_lockFd = newLockFd;
    m_db.open(m_path, newPassphrase);
}

QStringList CaseFile::pageAuthenticationProblems()
{
    // cipher_integrity_check reads the file's pages directly, not through a snapshot: a page
    // another process is writing back from the log at that moment can fail its check once.
    // Damage fails every time: report only what fails on every one of a few tries.
    QStringList persistent;
    for (int attempt = 0; attempt < 4; ++attempt) {
        QStringList found;
        try {
            Statement st = m_db.prepare("PRAGMA cipher_integrity_check;");
            while (st.step())
                found << st.text(0);
        } catch (const Error& e) {
            if (e.kind() == ErrorKind::Conflict)
                continue;
            found << e.message();
        }
        if (attempt == 0) {
            persistent = found;
        } else {
            QStringList both;
            for (const QString& p : std::as_const(persistent))
                if (found.contains(p))
                    both << p;
            persistent = both;
        }
        if (persistent.isEmpty())
            return {};
        QThread::msleep(100 + 150 * static_cast<unsigned long>(attempt));
    }
    return persistent;
}

QStringList CaseFile::integrityProblems()
{
    QStringList problems = pageAuthenticationProblems();
    // Each check on its own: a damaged page can make a check itself fail, which is a finding,
    // not a reason to skip the others.
    const auto check = [&problems](const std::function<void()>& run) {
        try {
            run();
        } catch (const Error& e) {
            problems << e.message();
        }
    };
    check([&] {
        Statement st = m_db.prepare("PRAGMA integrity_check;");
        while (st.step()) {
            const QString line = st.text(0);
            if (line != u"ok")
                problems << line;
        }
    });
    check([&] {
        Statement fk = m_db.prepare("PRAGMA foreign_key_check;");
        while (fk.step())
            problems << CaseFileText::tr("Row %1 of %2 refers to a missing %3.")
                            .arg(fk.integer(1))
                            .arg(fk.text(0), fk.text(2));
    });
    return problems;
}

} // namespace corroborate
