#pragma once

#include "store/DraftRepository.h"

#include <QList>
#include <QString>

namespace corroborate {

class Database;

// Unsaved work kept inside the encrypted case file while the screen is locked (or after a
// crash), for its author only. A draft is never a decision: nothing in it counts until the
// user saves it in the ordinary way.
class DraftService
{
public:
    DraftService(Database& db, QString username);
    // Replaces the user's drafts with these (one transaction). An empty list clears them.
    void keep(QList<DraftRecord> drafts);
    // The user's own drafts (never another user's).
    QList<DraftRecord> mine();
    void discardMine();

private:
    Database& m_db;
    QString m_username;
};

} // namespace corroborate
