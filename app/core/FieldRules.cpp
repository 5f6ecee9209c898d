#include "FieldRules.h"

namespace corroborate {

namespace {
bool isItemField(QStringView field, QStringView name)
{
    return field == name || (field.startsWith(u"intelligence.") && field.mid(13) == name);
}
} // namespace

bool FieldRules::isFreeText(QStringView field)
{
    return isItemField(field, u"summary") || isItemField(field, u"handling_conditions");
}

int FieldRules::maxLength(QStringView field)
{
    if (field == u"reference")
        return kMaxReferenceLength;
    if (isFreeText(field))
        return kMaxFreeTextLength;
    static const QStringView texts[] = {
        u"surname", u"forenames", u"gender",     u"ethnicity",
        u"area",    u"group",     u"originator", u"intelligence.reference"};
    for (const QStringView t : texts) {
        if (isItemField(field, t))
            return kMaxTextLength;
    }
    return 0;
}

QString FieldRules::normalise(QStringView field, const QString& value, QString* problem)
{
    problem->clear();
    const bool freeText = isFreeText(field);
    const qsizetype n = value.size();
    bool ascii = true;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = value.at(i).unicode();
        if (c >= 0x80)
            ascii = false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(value.at(i + 1).unicode())) {
                ++i;
                continue;
            }
            *problem = tr("holds a broken character (a lone surrogate, code unit U+%1): the "
                          "text is not valid Unicode. Type it again or remove that character")
                           .arg(QString::number(c, 16).toUpper());
            return {};
        }
        if (QChar::isLowSurrogate(c)) {
            *problem = tr("holds a broken character (a lone surrogate, code unit U+%1): the "
                          "text is not valid Unicode. Type it again or remove that character")
                           .arg(QString::number(c, 16).toUpper());
            return {};
        }
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        if (control && !(freeText && (c == u'\n' || c == u'\r' || c == u'\t'))) {
            *problem = tr("holds a control character (U+%1) at position %2; remove it (in a "
                          "spreadsheet, check for hidden characters)")
                           .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))
                           .arg(i + 1);
            return {};
        }
        if (!freeText && c >= 0x80 && QChar::category(c) == QChar::Other_Format) {
            *problem = tr("holds an invisible format character (U+%1, such as a zero-width "
                          "space or joiner) at position %2; remove it: references and names "
                          "are compared exactly")
                           .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))
                           .arg(i + 1);
            return {};
        }
    }
    // Astral characters of category Cf (tags) too, in one-line fields.
    QString out = ascii ? value : value.normalized(QString::NormalizationForm_C);
    if (!ascii && !freeText) {
        for (const char32_t c : out.toUcs4()) {
            if (c > 0xffff && QChar::category(c) == QChar::Other_Format) {
                *problem = tr("holds an invisible format character (U+%1); remove it")
                               .arg(QString::number(c, 16).toUpper());
                return {};
            }
        }
    }
    const int limit = maxLength(field);
    if (limit > 0 && out.size() > limit) {
        *problem =
            tr("is %1 characters long; the limit is %2. Shorten it").arg(out.size()).arg(limit);
        return {};
    }
    return out;
}

} // namespace corroborate
