#include "columnkind.h"

#include <QSet>

namespace grab::xlsx {

ColumnKind columnKind(QStringView key)
{
    static const QSet<QString> money{u"amount"_qs, u"revenue"_qs, u"bonus"_qs, u"bonus_deduction"_qs};
    static const QSet<QString> dates{u"taken_on"_qs, u"due_on"_qs, u"hired_on"_qs};
    static const QSet<QString> instants{u"at"_qs, u"grab_deadline"_qs};
    static const QSet<QString> numbers{u"rank"_qs,         u"won"_qs,         u"lost"_qs,           u"closed"_qs,          u"reclaimed"_qs,
                                       u"volume"_qs,       u"satisfaction"_qs, u"feedback_count"_qs, u"violations"_qs,     u"priority_score"_qs,
                                       u"rule_version"_qs, u"hours"_qs,       u"passed"_qs,         u"score"_qs,           u"kpi_score"_qs,
                                       u"final_score"_qs,  u"supervisor_score"_qs, u"median_response_s"_qs, u"daily_cap"_qs};
    const QString k = key.toString();
    if (money.contains(k)) {
        return ColumnKind::Money;
    }
    if (k.endsWith(u"_rate")) {
        return ColumnKind::Percent;
    }
    if (dates.contains(k)) {
        return ColumnKind::Date;
    }
    if (instants.contains(k) || k.endsWith(u"_at")) {
        return ColumnKind::DateTime;
    }
    if (numbers.contains(k) || k == u"id" || k.endsWith(u"_id")) {
        return ColumnKind::Number;
    }
    return ColumnKind::Text;
}

double displayWidth(QStringView text)
{
    double width = 0;
    for (const char32_t c : text.toUcs4()) {
        // East Asian wide and full-width characters: CJK ideographs and punctuation, kana,
        // Hangul, full-width forms.
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace grab::xlsx
