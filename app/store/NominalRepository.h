#pragma once

#include "core/NominalSummary.h"

#include "core/Nominal.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;
class Statement;

// Nominals and their intelligence in the case file. Writes join the caller's transaction;
// edits check row versions so a change saved meanwhile by another copy of the app is reported
// (ErrorKind::Conflict, saying who changed it and when), never overwritten.
class NominalRepository
{
    Q_DECLARE_TR_FUNCTIONS(NominalRepository)
public:
    explicit NominalRepository(Database& db)
        : m_db(db)
    {
    }

    // Inserts a nominal and its intelligence; returns the new id. Conflict if the reference
    // exists.
    qint64 insert(const NominalRecord& record, const QString& username);
    // Replaces an existing nominal's intelligence and details (import with update). Returns
    // the names of the fields that changed.
    QStringList replace(const NominalRecord& record, const QString& username);

    bool exists(const QString& reference);
    // True when the reference belonged to a nominal who was erased: it is never used again.
    bool isRetired(const QString& reference);
    qint64 count();
    std::optional<Nominal> find(const QString& reference);
    std::optional<Nominal> findById(qint64 id);
    QList<IntelligenceItem> intelligenceFor(qint64 nominalId);
    std::optional<IntelligenceItem> intelligenceItem(qint64 itemId);
    NominalRecord record(const Nominal& nominal) { return {nominal, intelligenceFor(nominal.id)}; }
    // Every nominal in reference order, a page at a time (export).
    QList<Nominal> pageByReference(const QString& afterReference, int limit);

    // Saves edits to a nominal's details. `nominal.version` must be the version read; returns
    // the fields that changed (names, not values, for the audit log).
    QStringList update(const Nominal& nominal, const QString& username);
    void setLastReviewed(qint64 nominalId, const QDate& date, const QString& username);

    qint64 addIntelligence(qint64 nominalId, const IntelligenceItem& item, const QString& username);
    QStringList updateIntelligence(const IntelligenceItem& item, const QString& username);
    void removeIntelligence(qint64 itemId, int version);
    // Gives a legacy 5x5x5 item (id and version as read) the 3x5x2 grade in `regraded`
    // (sourceEvaluation, assessment, handlingCode, handlingConditions); the original legacy
    // codes stay in the row with the time and user of the regrade. Conflict when the item
    // changed meanwhile or is not (or no longer) graded under 5x5x5.
    void regradeIntelligence(const IntelligenceItem& regraded, const QString& username);

    // Deletes the nominal, its intelligence, reviews and proposals (by cascade) and its search
    // entry. Secure delete overwrites the freed space; the caller checkpoints.
    void erase(qint64 nominalId);

    // Name-ordered list pages.
    QList<NominalSummary> pageByName(const std::optional<NameKey>& after, int limit);
    // Nominals whose reference or names contain `text` (case-insensitive): at most `limit`,
    // the earliest listed first, returned in name order. A trigram index from three
    // characters; a prefix range on names and references below that.
    QList<NominalSummary> search(const QString& text, int limit);
    QList<NominalSummary> summaries(const QList<qint64>& ids);

    // Distinct originators already in the file, for offering while typing.
    QStringList originators(const QString& prefix, int limit);

    // The columns of a NominalSummary, in the order readSummary() reads them (for list queries
    // elsewhere in the store).
    static const char* const kSummaryColumns;
    static NominalSummary readSummary(const Statement& st);

    static QStringList changedFields(const Nominal& before, const Nominal& after);
    static QStringList changedFields(const IntelligenceItem& before, const IntelligenceItem& after);

private:
    void insertIntelligence(qint64 nominalId, const IntelligenceItem& item,
                            const QString& username);
    qint64 originatorId(const QString& name); // adds the originator when new
    void removeUnusedOriginators();
    void indexForSearch(qint64 id, const Nominal& n);
    void unindex(qint64 id);
    [[noreturn]] void throwEditConflict(const char* table, qint64 id, const QString& what);

    Database& m_db;
};

} // namespace corroborate
