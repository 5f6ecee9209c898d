#pragma once

// Information-sharing agreements and recall notices.
// Plain values: the store reads and writes them, services and screens pass them around.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

// One version of an information-sharing agreement (issue 10). Every change (add, amend, end)
// writes a new version; the earlier ones are kept.
struct Agreement
{
    qint64 rowId = 0;
    int number = 0; // ISA-<number>
    int version = 0;
    QString partner;
    QString lawfulBasis;
    QStringList purposes;
    int retentionDays = 0;
    QDate startsOn;
    QDate until;   // last day in force
    QDate endedOn; // ended early: not in force from this day (invalid when not ended)
    QString recordedBy;
    QString recordedAt; // UTC ISO 8601

    QString identifier() const { return QStringLiteral("ISA-%1").arg(number); }
    bool inForceOn(const QDate& day) const
    {
        return day >= startsOn && day <= until && (!endedOn.isValid() || day < endedOn);
    }
};

// A recall notice (DPA 2018 s.48) owed to the recipient of an earlier disclosure.
struct RecallNotice
{
    qint64 id = 0;
    qint64 disclosureId = 0;
    QString pack; // the disclosure's identifier
    QString madeAt;
    QString recipient;
    QString agreement;
    QString reference;
    QString event; // erased, restricted, corrected
    QString raisedAt;
    QString issuedAt; // empty while pending
    QString issuedBy;
};

} // namespace corroborate
