#pragma once

#include <QDate>
#include <QString>

namespace corroborate {

// What left the case file, to whom and why (docs/DESIGN.md §1, principle 1; DPA 2018 s.48): one
// record per export or pack, with the references of every nominal it included, so "who was
// this person's data shared with" can be answered, even after their erasure.
struct Disclosure
{
    qint64 id = 0;
    QString madeAt;
    QString madeBy;
    QString kind;     // "export", "pack_pdf", "pack_print"
    QString audience; // "internal", "partner", "backup"...
    QString recipient;
    QString lawfulBasis;
    QString purpose;
    QString identifier; // a pack's identifier or an export file name
    // Issue 10: the agreement of a partner pack (ISA-n; empty otherwise), when the recipient
    // must destroy it, and the recipient's confirmation that they did (who recorded it, when
    // and how).
    QString agreement;
    QDate destroyBy; // record(): left invalid, the policy's disclosure_retention_days applies
    QDate destroyedConfirmedOn;
    QString destroyedConfirmedBy;
    QString destroyedNote;
    int referenceCount = 0; // read back only
    // "complete"; or, for data streamed out (export to standard output), "started" until the
    // last byte has gone and "incomplete" when the output stopped early. A disclosure left
    // "started" belongs to a process that was killed: treat it as incomplete.
    QString state = QStringLiteral("complete");
};

} // namespace corroborate
