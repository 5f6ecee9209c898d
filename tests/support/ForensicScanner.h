#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace corroborate::test {

// An independent reader of SQLCipher 4 files, for forensic tests: it decrypts every page of a
// case file and every frame of its write-ahead log with OpenSSL's libcrypto, without SQLite or
// any of the app's store, so a test can look at what the bytes on disk really hold, free
// pages and stale log frames included.
//
// SQLCipher 4's page format (defaults, which the store sets explicitly):
// - the file's first 16 bytes are the KDF salt;
// - key = PBKDF2-HMAC-SHA512(passphrase, salt, 256000 iterations, 32 bytes);
// - HMAC key = PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations, 32 bytes);
// - each 4096-byte page ends with 80 reserved bytes: a 16-byte IV, then a 64-byte HMAC;
// - the rest (page 1: after the 16 salt bytes) is AES-256-CBC without padding;
// - HMAC-SHA512 over ciphertext + IV, then the page number as 4 bytes little-endian.
// A write-ahead log has a 32-byte header, then frames of a 24-byte header (page number
// big-endian first) and one encrypted page.
//
// libcrypto is loaded at run time (libcrypto.so.3, the library SQLCipher itself uses), so the
// test needs no link dependency of its own.
class ForensicScanner
{
public:
    struct Page
    {
        QString source; // "db" or "wal"
        int index = 0;  // page index in the file (from 0) or frame index in the log
        quint32 pageNumber = 0;
        bool authentic = false; // HMAC verified
        QByteArray plain;       // decrypted page (page 1's first 16 bytes: the SQLite magic)
    };
    struct Scan
    {
        QString error; // empty when the scan ran
        QList<Page> pages;
        int databasePages = 0;
        int walFrames = 0;
        qint64 walBytes = 0; // size of the -wal file (0 when absent)
        int unauthenticated = 0;
        quint32 freelistCount = 0; // page 1's header: pages on the free list
        quint32 pageCountInHeader = 0;
        QByteArray shm; // the -shm file's raw bytes (not encrypted)
    };
    struct Finding
    {
        QString needle;
        QString where; // "db page 12", "wal frame 3 (page 7)", "shm"
    };

    explicit ForensicScanner(const QString& passphrase);
    ~ForensicScanner();
    ForensicScanner(const ForensicScanner&) = delete;
    ForensicScanner& operator=(const ForensicScanner&) = delete;

    // Decrypts `databasePath`, `databasePath-wal` (if any) and reads `databasePath-shm`.
    Scan scan(const QString& databasePath);
    // Where each needle occurs (as UTF-8 bytes, exactly and lower-cased) in the decrypted pages
    // and the raw -shm bytes.
    static QList<Finding> find(const Scan& scan, const QStringList& needles);
    // The needles that occur nowhere.
    static QStringList missing(const Scan& scan, const QStringList& needles);

    struct Crypto; // libcrypto's functions, loaded at run time

private:
    Crypto* m_crypto = nullptr;
    QByteArray m_passphrase;
};

} // namespace corroborate::test
