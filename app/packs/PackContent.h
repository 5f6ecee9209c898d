#pragma once

#include "core/Nominal.h"
#include "store/RemovalRepository.h"
#include "store/ReviewRepository.h"
#include "store/RightsRepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace corroborate {

// Who a pack is for (issue 6). Internal packs hold everything; partner packs leave out
// restricted nominals and the detail of handling-code-C items, and start with the
// interpretation notice.
enum class PackAudience
{
    Internal,
    Partner
};

// One intelligence item as a pack shows it.
struct PackItem
{
    IntelligenceItem item;
    // Partner packs: a handling-code-C item's details are withheld; only the fact and the
    // reason are printed.
    bool withheld = false;
    // Whether the item counts towards the threshold, and if not why (in words).
    bool counts = false;
    QStringList notCountingReasons;
};

// The threshold result of one nominal, already in words.
struct PackThreshold
{
    bool meetsThreshold = false;
    bool reviewOverdue = false;
    int independentSources = 0;
    QStringList reasons; // plain words, one entry per reason that applies
    QDate nextReviewDue;
};

// One nominal's section of a pack.
struct PackNominal
{
    Nominal nominal;
    PackThreshold threshold;
    std::optional<RemovalRequest> pendingRemoval;
    // Restricted: below the threshold or awaiting a removal decision. Never in a partner pack;
    // marked as such in an internal one.
    bool restricted = false;
    QList<PackItem> items;
    QList<ReviewRecord> reviews; // oldest first
    // The person's own supplementary statements (DPA 2018 s.46), oldest first: printed in
    // every pack that includes them.
    QList<SupplementaryStatement> statements;
};

// Everything a pack prints, as plain values: build it on the thread that owns the case file
// (PackBuilder), then render it anywhere (PackRenderer), including a worker thread.
struct PackContent
{
    PackAudience audience = PackAudience::Internal;
    QString identifier; // PK-YYYYMMDD-HHMMSS-XXXX
    QDateTime asAt;     // UTC: when the data was read
    QDate evaluatedOn;  // the date the threshold was evaluated at (Time::today())
    QString producedBy; // "Display Name (username)"
    QString producerUsername;
    QString marking; // protective marking, in capitals
    bool synthetic = false;
    QString recipient;
    QString lawfulBasis;
    QString purpose;
    QDate destroyBy; // printed in the interpretation notice and on the cover
    int policyVersion = 0;
    QString thresholdRuleInWords; // Policy::describeInWords() of the policy used
    int selectedCount = 0;        // nominals asked for
    int withheldCount = 0;        // restricted nominals left out (partner packs)
    // Nominals left out of every pack because their processing is restricted (DPA 2018 s.47;
    // rights/RightsService.h). Not named.
    int restrictionLeftOutCount = 0;
    QList<PackNominal> nominals; // in print order
    QString language;            // the pack's language (i18n/Language.h); empty: the process's

    QStringList references() const
    {
        QStringList out;
        out.reserve(nominals.size());
        for (const PackNominal& n : nominals)
            out << n.nominal.reference;
        return out;
    }
};

} // namespace corroborate
