#pragma once

#include "store/FreeTextRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace corroborate {

class Database;
struct Nominal;

// Finds an erased person in free text (docs/DESIGN.md 15): their surname, forenames (whole, and
// each name of two letters or more), reference and date of birth in its common written forms
// (2004-03-01, 01/03/2004, 1/3/04, 01.03.2004, 1 March 2004, 1st Mar 2004, March 1, 2004...),
// case-insensitively and as whole words.
class PersonInText
{
public:
    explicit PersonInText(const Nominal& nominal);
    // The text with every mention replaced by kRedacted; `count` (optional) gets how many.
    QString redact(const QString& text, int* count = nullptr) const;
    bool mentions(const QString& text) const;
    // Plain substrings that every mention contains one of (a first sieve for the store).
    const QStringList& sieveTerms() const { return m_terms; }

    static inline const QString kRedacted = QStringLiteral("[erased]");

private:
    QStringList m_terms;
    QRegularExpression m_pattern;
};

// The erasure's reach into free text: every field in the registry (store/FreeTextRegistry)
// is searched; mentions in the file's own records (audit text, disclosures, reviews, notes)
// are redacted in place, mentions in other nominals' intelligence are listed for a reviewer
// and never rewritten. Runs in the erasure's transaction, after the nominal's own rows are
// gone.
class FreeTextScrubber
{
    Q_DECLARE_TR_FUNCTIONS(FreeTextScrubber)
public:
    explicit FreeTextScrubber(Database& db)
        : m_db(db)
    {
    }

    struct Result
    {
        int redactedFields = 0;          // field values rewritten
        QList<FreeTextMention> mentions; // other nominals' intelligence, for review
    };
    Result run(const Nominal& erased, qint64 erasureId);

private:
    Database& m_db;
};

} // namespace corroborate
