#include "ForensicScanner.h"

#include <QFile>
#include <QLibrary>
#include <QtEndian>

#include <algorithm>
#include <type_traits>

namespace corroborate::test {

namespace {
constexpr int kPageSize = 4096;
constexpr int kSaltSize = 16;
constexpr int kIvSize = 16;
constexpr int kHmacSize = 64;
constexpr int kReserve = kIvSize + kHmacSize; // 80, a multiple of the AES block
constexpr int kKdfIterations = 256000;
constexpr int kKeySize = 32;
constexpr int kWalHeader = 32;
constexpr int kFrameHeader = 24;
} // namespace

// libcrypto's functions, resolved at run time. Opaque pointers stand for OpenSSL's types.
struct ForensicScanner::Crypto
{
    using Pbkdf2 = int (*)(const char*, int, const unsigned char*, int, int, const void*, int,
                           unsigned char*);
    using Md = const void* (*)();
    using Hmac = unsigned char* (*)(const void*, const void*, int, const unsigned char*, size_t,
                                    unsigned char*, unsigned int*);
    using CtxNew = void* (*)();
    using CtxFree = void (*)(void*);
    using DecryptInit = int (*)(void*, const void*, void*, const unsigned char*,
                                const unsigned char*);
    using SetPadding = int (*)(void*, int);
    using DecryptUpdate = int (*)(void*, unsigned char*, int*, const unsigned char*, int);
    using DecryptFinal = int (*)(void*, unsigned char*, int*);

    QLibrary library;
    Pbkdf2 pbkdf2 = nullptr;
    Md sha512 = nullptr;
    Md aes256cbc = nullptr;
    Hmac hmac = nullptr;
    CtxNew ctxNew = nullptr;
    CtxFree ctxFree = nullptr;
    DecryptInit decryptInit = nullptr;
    SetPadding setPadding = nullptr;
    DecryptUpdate decryptUpdate = nullptr;
    DecryptFinal decryptFinal = nullptr;
    QString error;

    Crypto()
    {
        library.setFileNameAndVersion(QStringLiteral("crypto"), 3);
        if (!library.load()) {
            error = QStringLiteral("cannot load libcrypto.so.3: ") + library.errorString();
            return;
        }
        bool ok = true;
        const auto get = [this, &ok](auto& fn, const char* name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(library.resolve(name));
            if (!fn) {
                ok = false;
                error += QStringLiteral(" missing ") + QString::fromLatin1(name);
            }
        };
        get(pbkdf2, "PKCS5_PBKDF2_HMAC");
        get(sha512, "EVP_sha512");
        get(aes256cbc, "EVP_aes_256_cbc");
        get(hmac, "HMAC");
        get(ctxNew, "EVP_CIPHER_CTX_new");
        get(ctxFree, "EVP_CIPHER_CTX_free");
        get(decryptInit, "EVP_DecryptInit_ex");
        get(setPadding, "EVP_CIPHER_CTX_set_padding");
        get(decryptUpdate, "EVP_DecryptUpdate");
        get(decryptFinal, "EVP_DecryptFinal_ex");
        if (!ok)
            error.prepend(QStringLiteral("libcrypto lacks functions:"));
    }

    QByteArray kdf(const QByteArray& secret, const QByteArray& salt, int iterations) const
    {
        QByteArray out(kKeySize, '\0');
        if (pbkdf2(secret.constData(), static_cast<int>(secret.size()),
                   reinterpret_cast<const unsigned char*>(salt.constData()),
                   static_cast<int>(salt.size()), iterations, sha512(), kKeySize,
                   reinterpret_cast<unsigned char*>(out.data())) != 1)
            return {};
        return out;
    }

    QByteArray hmacSha512(const QByteArray& key, const QByteArray& data) const
    {
        QByteArray out(kHmacSize, '\0');
        unsigned int length = 0;
        hmac(sha512(), key.constData(), static_cast<int>(key.size()),
             reinterpret_cast<const unsigned char*>(data.constData()),
             static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()),
             &length);
        return length == kHmacSize ? out : QByteArray();
    }

    QByteArray decrypt(const QByteArray& key, const QByteArray& iv, const QByteArray& cipher) const
    {
        void* ctx = ctxNew();
        QByteArray out(cipher.size() + 32, '\0');
        int n = 0;
        int tail = 0;
        const bool ok =
            decryptInit(ctx, aes256cbc(), nullptr,
                        reinterpret_cast<const unsigned char*>(key.constData()),
                        reinterpret_cast<const unsigned char*>(iv.constData())) == 1 &&
            setPadding(ctx, 0) == 1 &&
            decryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &n,
                          reinterpret_cast<const unsigned char*>(cipher.constData()),
                          static_cast<int>(cipher.size())) == 1 &&
            decryptFinal(ctx, reinterpret_cast<unsigned char*>(out.data()) + n, &tail) == 1;
        ctxFree(ctx);
        if (!ok)
            return {};
        out.truncate(n + tail);
        return out;
    }
};

ForensicScanner::ForensicScanner(const QString& passphrase)
    : m_crypto(new Crypto)
    , m_passphrase(passphrase.toUtf8())
{
}

ForensicScanner::~ForensicScanner()
{
    delete m_crypto;
}

namespace {
// Decrypts one encrypted page image (kPageSize bytes) as page `pageNumber`.
ForensicScanner::Page decryptPage(const ForensicScanner::Crypto& c, const QByteArray& key,
                                  const QByteArray& hmacKey, const QByteArray& image,
                                  quint32 pageNumber)
{
    ForensicScanner::Page page;
    page.pageNumber = pageNumber;
    const int offset = pageNumber == 1 ? kSaltSize : 0;
    const int contentEnd = kPageSize - kReserve;
    const QByteArray cipher = image.mid(offset, contentEnd - offset);
    const QByteArray iv = image.mid(contentEnd, kIvSize);
    const QByteArray storedHmac = image.mid(contentEnd + kIvSize, kHmacSize);
    QByteArray macInput = cipher + iv;
    char number[4];
    qToLittleEndian<quint32>(pageNumber, number);
    macInput.append(number, 4);
    page.authentic = c.hmacSha512(hmacKey, macInput) == storedHmac;
    const QByteArray plain = c.decrypt(key, iv, cipher);
    page.plain = (pageNumber == 1 ? QByteArray("SQLite format 3\0", 16) : QByteArray()) + plain +
                 QByteArray(kReserve, '\0');
    return page;
}
} // namespace

ForensicScanner::Scan ForensicScanner::scan(const QString& databasePath)
{
    Scan s;
    if (!m_crypto->error.isEmpty()) {
        s.error = m_crypto->error;
        return s;
    }
    QFile db(databasePath);
    if (!db.open(QIODevice::ReadOnly)) {
        s.error = QStringLiteral("cannot read ") + databasePath;
        return s;
    }
    const QByteArray file = db.readAll();
    if (file.size() < kPageSize || file.size() % kPageSize != 0) {
        s.error = QStringLiteral("the file is not a whole number of 4096-byte pages");
        return s;
    }
    const QByteArray salt = file.left(kSaltSize);
    const QByteArray key = m_crypto->kdf(m_passphrase, salt, kKdfIterations);
    QByteArray hmacSalt = salt;
    for (char& ch : hmacSalt)
        ch = static_cast<char>(ch ^ 0x3a);
    const QByteArray hmacKey = m_crypto->kdf(key, hmacSalt, 2);
    if (key.isEmpty() || hmacKey.isEmpty()) {
        s.error = QStringLiteral("key derivation failed");
        return s;
    }

    s.databasePages = static_cast<int>(file.size() / kPageSize);
    for (int i = 0; i < s.databasePages; ++i) {
        Page p = decryptPage(*m_crypto, key, hmacKey, file.mid(qsizetype(i) * kPageSize, kPageSize),
                             static_cast<quint32>(i + 1));
        p.source = QStringLiteral("db");
        p.index = i;
        if (!p.authentic)
            ++s.unauthenticated;
        s.pages << p;
    }
    if (!s.pages.isEmpty() && s.pages.first().authentic) {
        const QByteArray& h = s.pages.first().plain;
        s.pageCountInHeader = qFromBigEndian<quint32>(h.constData() + 28);
        s.freelistCount = qFromBigEndian<quint32>(h.constData() + 36);
    }

    QFile wal(databasePath + QStringLiteral("-wal"));
    if (wal.exists() && wal.open(QIODevice::ReadOnly)) {
        const QByteArray log = wal.readAll();
        s.walBytes = log.size();
        for (qsizetype at = kWalHeader; at + kFrameHeader + kPageSize <= log.size();
             at += kFrameHeader + kPageSize) {
            const quint32 number = qFromBigEndian<quint32>(log.constData() + at);
            Page p =
                decryptPage(*m_crypto, key, hmacKey, log.mid(at + kFrameHeader, kPageSize), number);
            p.source = QStringLiteral("wal");
            p.index = s.walFrames++;
            if (!p.authentic)
                ++s.unauthenticated;
            s.pages << p;
        }
    }
    QFile shm(databasePath + QStringLiteral("-shm"));
    if (shm.exists() && shm.open(QIODevice::ReadOnly))
        s.shm = shm.readAll();
    return s;
}

QList<ForensicScanner::Finding> ForensicScanner::find(const Scan& scan, const QStringList& needles)
{
    QList<Finding> out;
    for (const QString& needle : needles) {
        QList<QByteArray> forms{needle.toUtf8()};
        if (needle.toLower() != needle)
            forms << needle.toLower().toUtf8();
        for (const QByteArray& form : forms) {
            for (const Page& p : scan.pages) {
                if (p.plain.contains(form))
                    out << Finding{needle, p.source == u"db"
                                               ? QStringLiteral("db page %1").arg(p.pageNumber)
                                               : QStringLiteral("wal frame %1 (page %2)")
                                                     .arg(p.index)
                                                     .arg(p.pageNumber)};
            }
            if (scan.shm.contains(form))
                out << Finding{needle, QStringLiteral("shm")};
        }
    }
    return out;
}

QStringList ForensicScanner::missing(const Scan& scan, const QStringList& needles)
{
    QStringList out;
    const QList<Finding> found = find(scan, needles);
    for (const QString& needle : needles) {
        const bool seen = std::any_of(found.cbegin(), found.cend(),
                                      [&](const Finding& f) { return f.needle == needle; });
        if (!seen)
            out << needle;
    }
    return out;
}

} // namespace corroborate::test
