#include "PdfEncryption.h"

#include "core/Error.h"

// qpdf 11: no PointerHolder compatibility (std::shared_ptr only).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>
#include <sodium.h>

#include <string>

namespace corroborate {

Secret PdfEncryption::newPassword()
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    static constexpr std::uint32_t kSize = sizeof(kAlphabet) - 1;
    if (sodium_init() < 0)
        throw Error(ErrorKind::Internal, tr("The random number generator could not start."));
    QByteArray out;
    for (int g = 0; g < kPasswordGroups; ++g) {
        if (g > 0)
            out += '-';
        for (int i = 0; i < 4; ++i)
            out += kAlphabet[randombytes_uniform(kSize)];
    }
    Secret s = Secret::fromUtf8(out.constData(), out.size());
    sodium_memzero(out.data(), static_cast<std::size_t>(out.size()));
    return s;
}

QByteArray PdfEncryption::encrypt(const QByteArray& plain, const Secret& password)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("pack.pdf", plain.constData(),
                              static_cast<std::size_t>(plain.size()));
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        const std::string pw(password.data(), static_cast<std::size_t>(password.size()));
        writer.setR6EncryptionParameters(pw.c_str(), pw.c_str(), true, true, false, false, false,
                                         false, qpdf_r3p_full, true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()),
                          static_cast<qsizetype>(buffer->getSize()));
    } catch (const std::exception& e) {
        throw Error(ErrorKind::Internal,
                    tr("The pack could not be encrypted (%1); nothing was written.")
                        .arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace corroborate
