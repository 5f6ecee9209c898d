#pragma once

#include "PackContent.h"

#include <QCoreApplication>
#include <QString>

namespace corroborate {

// The interpretation notice that opens every partner pack (issue 6; docs/DESIGN.md §1, principle
// 1: recipients of the old list could not interpret it). It says what inclusion means and
// does not mean, gives the threshold rule in words under the policy used, the 3x5x2 grading
// scheme with every code's meaning, forbids use for housing, employment or benefits
// screening, says how to report an inaccuracy and when to destroy the pack.
class InterpretationNotice
{
    Q_DECLARE_TR_FUNCTIONS(InterpretationNotice)
public:
    // Rich text for QTextDocument; case data in `content` is escaped.
    static QString html(const PackContent& content);
    // The grading scheme as a rich-text table (also used by tests and the GUI).
    static QString gradingTable();
};

} // namespace corroborate
