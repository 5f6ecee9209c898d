#pragma once

#include "core/Secret.h"

#include <QByteArray>
#include <QCoreApplication>

namespace corroborate {

// Encrypted packs (issue 10): AES-256 (PDF 2.0 security handler, revision 6) by Debian's qpdf
// library, not by code of ours. Each pack gets a new random password, shown once to the
// person who made it and never stored or logged.
class PdfEncryption
{
    Q_DECLARE_TR_FUNCTIONS(PdfEncryption)
public:
    static constexpr int kPasswordGroups = 6; // of four characters: 24 random characters
    // A new password from libsodium's random generator: six groups of four characters from
    // an alphabet without look-alikes (no 0/O, 1/l/I), joined by hyphens; about 140 bits.
    static Secret newPassword();
    // The PDF `plain`, encrypted with AES-256 under `password` (user and owner password;
    // printing and copying allowed once opened). Throws Error(Internal) when qpdf fails.
    static QByteArray encrypt(const QByteArray& plain, const Secret& password);
};

} // namespace corroborate
