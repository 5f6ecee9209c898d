#include "ReaderConnection.h"

#include "store/Database.h"
#include "store/MemoryRelease.h"

namespace corroborate {

ReaderConnection::ReaderConnection()
    : m_db(std::make_unique<Database>())
{
}

ReaderConnection::~ReaderConnection() = default;

void ReaderConnection::open(const QString& path, const Secret& passphrase)
{
    m_db->open(path, passphrase, Database::Mode::ReadWrite);
}

void ReaderConnection::close()
{
    releaseConnectionMemory(*m_db);
    m_db->close();
}

} // namespace corroborate
