#pragma once

#include "core/FieldRules.h"
#include "core/IntelligenceItem.h"
#include "core/Nominal.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

namespace corroborate {

// Field-by-field checks for a nominal and an intelligence item, for the edit dialogs (shown
// beside each field as the user types) and for the services that save them. Keys are the
// exchange-format field names (app/exchange/README.md); values are translated messages that say
// what is wrong and what to do. Empty map: acceptable.
class RecordValidation
{
    Q_DECLARE_TR_FUNCTIONS(RecordValidation)
public:
    static QMap<QString, QString> check(const Nominal& nominal, const QDate& today);
    static QMap<QString, QString> check(const IntelligenceItem& item, const QDate& today);
    // The record with every text in Unicode NFC (what is stored); call after check() found
    // nothing wrong.
    static Nominal normalised(Nominal nominal);
    static IntelligenceItem normalised(IntelligenceItem item);
    // The ONS 2021 ethnic group categories offered for self-defined ethnicity.
    static QStringList ethnicityCategories();

    // Lengths and characters come from the shared field rules (core/FieldRules.h).
};

} // namespace corroborate
