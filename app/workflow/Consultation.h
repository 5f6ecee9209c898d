#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace corroborate {

class Database;

// Looking at a nominal's record is a consultation (DPA 2018 s.62): logged with who, which
// record (by reference) and why. Inside a review session the justification names the session;
// when browsing it is the reason the user gave.
class ConsultationLog
{
    Q_DECLARE_TR_FUNCTIONS(ConsultationLog)
public:
    explicit ConsultationLog(Database& db)
        : m_db(db)
    {
    }
    // Appends the entry in its own transaction.
    void record(const QString& username, const QString& reference, const QString& justification);

    // The justification for a consultation inside review session `sessionId`.
    static QString sessionJustification(qint64 sessionId);
    // The short list of reasons offered when browsing (translated).
    static QStringList browsingReasons();

private:
    Database& m_db;
};

} // namespace corroborate
