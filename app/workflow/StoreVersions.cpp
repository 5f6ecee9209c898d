#include "StoreVersions.h"

#include "core/Secret.h"
#include "store/CaseFile.h"
#include "store/Database.h"

namespace corroborate::StoreVersions {

QString sqlite()
{
    return Database::sqliteVersion();
}

QString cipher(CaseFile* file)
{
    if (file)
        return file->db().cipherVersion();
    Database probe;
    probe.open(QStringLiteral(":memory:"), Secret());
    return probe.cipherVersion();
}

} // namespace corroborate::StoreVersions
