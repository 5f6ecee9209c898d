#include "CaseFile.h"

#include "Migrations.h"
#include "core/Error.h"
#include "core/Time.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <functional>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
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
    m_db.close();
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the flock
}

void CaseFile::checkReadableFile(const QString& path)
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
                    CaseFileText::tr("%1 is not a Corroborate case file, or it is damaged: "
                                     "it is too short to be one (cut short?). Restore it from "
                                     "a backup.")
                        .arg(path));
    // An encrypted database is a whole number of pages; anything else is not one of ours or
    // has been cut short.
    if (file.size() % kPageSize != 0)
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("%1 is not a Corroborate case file, or it is damaged (its "
                                     "size is not a whole number of pages).")
                        .arg(path));
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

void CaseFile::lock(Access access)
{
    m_lockFd = ::open(m_path.toUtf8().constData(), O_RDONLY | O_CLOEXEC);
    if (m_lockFd < 0)
        throw Error(ErrorKind::NotACaseFile,
                    CaseFileText::tr("%1 cannot be read (%2).")
                        .arg(m_path, QString::fromLocal8Bit(strerror(errno))));
    const int op = (access == Access::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
    if (::flock(m_lockFd, op) != 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
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
    checkReadableFile(path);
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
    Migrations::upgrade(file->m_db);
    return file;
}

std::unique_ptr<CaseFile> CaseFile::create(const QString& path, const Secret& passphrase)
{
    if (passphrase.isEmpty())
        throw Error(ErrorKind::Usage, CaseFileText::tr("A case file needs a passphrase."));
    // O_EXCL: never overwrite anything, even if it appears between a check and the create.
    const int fd = ::open(path.toUtf8().constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            throw Error(ErrorKind::Conflict,
                        CaseFileText::tr("%1 already exists. Choose another name; an existing "
                                         "file is never overwritten.")
                            .arg(path));
        throw Error(ErrorKind::Internal, CaseFileText::tr("Cannot create %1: %2.")
                                             .arg(path, QString::fromLocal8Bit(strerror(errno))));
    }
    ::close(fd);
    std::unique_ptr<CaseFile> file(new CaseFile);
    file->m_path = path;
    try {
        file->lock(Access::Exclusive);
        file->m_db.open(path, passphrase);
        if (file->m_db.cipherVersion().section(QLatin1Char('.'), 0, 0).toInt() < 4)
            throw Error(ErrorKind::Internal,
                        CaseFileText::tr("Corroborate needs SQLCipher 4 or newer. On Debian 12 "
                                         "install it from bookworm-backports."));
        file->m_db.exec("PRAGMA journal_mode = WAL;");
        file->m_db.exec("PRAGMA application_id = 1129467714;"); // kApplicationId
        Migrations::upgrade(file->m_db);
        Transaction tx(file->m_db);
        file->setMeta(QStringLiteral("created_at"), Time::nowUtc());
        file->setMeta(QStringLiteral("created_with"), QStringLiteral(CORROBORATE_VERSION));
        tx.commit();
        // Downgrade to shared so that other copies may open the new file.
        ::flock(file->m_lockFd, LOCK_SH);
        file->m_access = Access::Shared;
    } catch (...) {
        file.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw;
    }
    return file;
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

void CaseFile::rekey(const Secret& newPassphrase)
{
    if (m_access != Access::Exclusive)
        throw Error(ErrorKind::Conflict,
                    CaseFileText::tr("Changing the passphrase needs the case file to itself."));
    if (newPassphrase.isEmpty())
        throw Error(ErrorKind::Usage, CaseFileText::tr("The new passphrase is empty."));
    // Fold the write-ahead log into the file first, so no page stays under the old key.
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
    m_db.rekey(newPassphrase);
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
}

QStringList CaseFile::integrityProblems()
{
    QStringList problems;
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
        Statement st = m_db.prepare("PRAGMA cipher_integrity_check;");
        while (st.step())
            problems << st.text(0);
    });
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
