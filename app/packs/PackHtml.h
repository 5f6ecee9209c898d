#pragma once

#include "PackContent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace corroborate {

// One piece of a pack's flow, as rich text for QTextDocument. A fragment either starts on a
// new page (and may run over several pages) or is kept together on one page (placed after
// the previous fragment when it fits, on a new page when it does not).
struct PackFragment
{
    enum class Placement
    {
        NewPage,
        KeepTogether
    };
    enum class Kind
    {
        Cover,
        Notice,
        Contents,
        Nominal,
        Decision
    };
    Kind kind = Kind::Nominal;
    Placement placement = Placement::NewPage;
    int nominalIndex = -1; // index into PackContent::nominals for Nominal and Decision
    QString html;
};

// The pack's text. Every piece of case data passes through escape() before it reaches rich
// text, so markup in a name or a summary prints as the characters typed.
class PackHtml
{
    Q_DECLARE_TR_FUNCTIONS(PackHtml)
public:
    // The fragments of a pack, in order: cover, interpretation notice (partner packs),
    // contents, then each nominal's section and decision box. `startPages` (1-based page of
    // each nominal's section, by nominal index) numbers the contents; pass an empty list for
    // the first, counting layout pass (placeholders at least as wide are printed).
    static QList<PackFragment> fragments(const PackContent& content,
                                         const QList<int>& startPages = {});
    static QString cover(const PackContent& content);
    static QString contents(const PackContent& content, const QList<int>& startPages);
    static QString nominal(const PackContent& content, int index);
    static QString decisionBox(const PackContent& content, int index);
    // An item's three grading codes, each with its meaning, one per line.
    static QString gradingHtml(const IntelligenceItem& item);
    // The person's supplementary statements (empty when there are none).
    static QString statements(const PackNominal& nominal);

    // HTML-escapes case data (& < > " ') and keeps its line breaks; an empty value prints as
    // `ifEmpty` (already rich text).
    static QString escape(const QString& text, const QString& ifEmpty = {});
    // Free text as escaped paragraphs (class "c", no margins) of at most about
    // kParagraphChars characters each, split at a sentence end or a space: a page may be cut
    // between paragraphs, never through one. `leadHtml` starts the first.
    static QString paragraphs(const QString& text, const QString& leadHtml = {},
                              const QString& ifEmpty = {});
    static QString paragraph(const QString& html);
    static constexpr qsizetype kParagraphChars = 600;
    static QString audienceLabel(PackAudience audience);
    static QString audienceWireName(PackAudience audience);
    static QString classificationStatement(Classification c);
    static QString statusLabel(const PackNominal& n);
    static QString decisionLabel(const QString& wire);
    static QString formatDate(const QDate& date);
    static QString formatDateTime(const QDateTime& utc);
    static QString formatStamp(const QString& isoUtc); // a stored UTC ISO 8601 time
};

} // namespace corroborate
