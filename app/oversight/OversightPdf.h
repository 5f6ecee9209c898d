#pragma once

#include "OversightTables.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace corroborate {

// The printed oversight report (issue 12): A4 pages painted with QPainter (no widgets), the
// protective marking at the top and bottom of every page, "SYNTHETIC DATA" for a synthetic
// case file, "Page X of Y"; the totals, two charts (listed by ethnic group with the population
// baseline beside each bar; additions and removals by month as lines) and every table, with
// the suppression of `tables` (the printed report is never exact). Needs a QGuiApplication
// (fonts); may run on any QThread.
class OversightPdf
{
    Q_DECLARE_TR_FUNCTIONS(OversightPdf)
public:
    struct Options
    {
        QString marking;
        bool synthetic = false;
    };
    static QByteArray render(const OversightTables& tables, const Options& options,
                             int* pages = nullptr);
    static QString documentTitle(const OversightReport& report, const QString& marking);
};

} // namespace corroborate
