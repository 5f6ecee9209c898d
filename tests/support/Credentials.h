#pragma once
// The synthetic people and secrets of every test and benchmark (never real names or
// secrets): one value per name, shared by tests/core, tests/cli, tests/gui and tests/bench.
// Tests use the names, never the literal values (a few assertions read the values back from
// packs and audit text, e.g. "Olive Officer (olive)"; change them together).

#include <QString>

namespace corroborate::test {

// The case file's passphrase.
inline const QString kPassphrase = QStringLiteral("test-passphrase-1");

// An administrator holding every role.
inline const QString kAdmin = QStringLiteral("admin");
inline const QString kAdminName = QStringLiteral("Test Administrator");
inline const QString kAdminPassword = QStringLiteral("admin-password-1");

// An officer.
inline const QString kOfficer = QStringLiteral("olive");
inline const QString kOfficerName = QStringLiteral("Olive Officer");
inline const QString kOfficerPassword = QStringLiteral("olive-password-1");

// Two supervisors (supervisor role only).
inline const QString kSupervisor = QStringLiteral("sam");
inline const QString kSupervisorName = QStringLiteral("Sam Supervisor");
inline const QString kSupervisorPassword = QStringLiteral("sam-password-1");
inline const QString kSupervisor2 = QStringLiteral("tess");
inline const QString kSupervisor2Name = QStringLiteral("Tess Supervisor");
inline const QString kSupervisor2Password = QStringLiteral("tess-password-1");

// An administrator without the officer or supervisor roles.
inline const QString kAdminOnly = QStringLiteral("ada");
inline const QString kAdminOnlyName = QStringLiteral("Ada Administrator");
inline const QString kAdminOnlyPassword = QStringLiteral("ada-password-1");

} // namespace corroborate::test
