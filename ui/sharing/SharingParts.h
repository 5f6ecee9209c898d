#pragma once

#include <QString>

class QDate;

namespace corroborate::ui {

class Session;

// What the sharing views (Disclosures, Agreements) and their status-bar count share.

// A day as the registers show it ("2 Dec 2026"); empty for an invalid date.
QString sharingDay(const QDate& d);
// A stored UTC time (ISO 8601) in local time ("2 Dec 2026 14:05"); the text itself when it
// does not parse.
QString sharingStamp(const QString& isoUtc);
// Supervisors and administrators see the Disclosures view and the overdue count.
bool managesDisclosures(const Session& s);

} // namespace corroborate::ui
