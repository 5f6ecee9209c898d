#pragma once

// The person's own rights: subject access, withheld items, statements, restrictions.
// Plain values: the store reads and writes them, services and screens pass them around.

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace corroborate {

// One subject access request (DPA 2018 s.45). `reference` is the reference the request is
// about, kept as text so the register outlives an erasure; `held` says whether a nominal with
// that reference was in the file when the request was received.
struct SubjectAccessRequest
{
    qint64 id = 0;
    QString reference;
    bool held = false;
    QDate receivedOn;
    QDate dueOn;
    QString note;
    QString state; // "open" or "closed"
    QString openedBy;
    QString openedAt; // UTC ISO 8601
    QString outcome;  // "full", "partial", "refused"; empty while open
    QString closedBy;
    QString closedAt;
    QString closeNote;
    int version = 0;

    bool isOpen() const { return state == QLatin1String("open"); }
    QString identifier() const { return QStringLiteral("SAR-%1").arg(id); }
};

// An intelligence item withheld from one request's response, with its s.45(4) reason code.
struct WithheldItem
{
    qint64 requestId = 0;
    qint64 itemId = 0;
    QString reasonCode;
    QString withheldBy;
    QString withheldAt;
};

// The person's own statement attached to their record (DPA 2018 s.46(4)).
struct SupplementaryStatement
{
    qint64 id = 0;
    qint64 nominalId = 0;
    QString text;
    QString recordedBy;
    QString recordedAt; // UTC ISO 8601
};

// A restriction of processing (DPA 2018 s.47(2)).
struct Restriction
{
    qint64 id = 0;
    qint64 nominalId = 0;
    QString reference;  // read with the restriction
    QString reasonCode; // EVIDENCE | ACCURACY_CONTESTED
    QDate until;
    QString note;
    QString restrictedBy;
    QString restrictedAt;
    QString liftedBy; // empty while in force
    QString liftedAt;
    QString liftNote;
};

} // namespace corroborate
