#pragma once

#include <QString>

namespace corroborate {

class CaseFile;

// The versions of the store's libraries, for the About box: SQLite's, and SQLCipher's as the
// open case file reports it (or, with no file open, a throwaway in-memory database).
namespace StoreVersions {
QString sqlite();
QString cipher(CaseFile* file);
} // namespace StoreVersions

} // namespace corroborate
