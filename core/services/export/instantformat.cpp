#include "instantformat.h"

#include <QDateTime>

#include <limits>

namespace grab {
namespace {

void two(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

// Days since 1970-01-01 to the proleptic Gregorian date (H. Hinnant's civil_from_days).
void civil(qint64 days, int &y, int &m, int &d)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

int InstantFormat::offsetAt(qint64 ms)
{
    if (ms >= m_validFrom && ms < m_validTo) {
        return m_offset;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    m_offset = at.offsetFromUtc();
    m_validFrom = std::numeric_limits<qint64>::min();
    m_validTo = std::numeric_limits<qint64>::max();
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData before = m_zone.previousTransition(at.addMSecs(1));
        const QTimeZone::OffsetData after = m_zone.nextTransition(at);
        if (before.atUtc.isValid()) {
            m_validFrom = before.atUtc.toMSecsSinceEpoch();
        }
        if (after.atUtc.isValid()) {
            m_validTo = after.atUtc.toMSecsSinceEpoch();
        }
        if (!(ms >= m_validFrom && ms < m_validTo)) { // be safe: cache only this instant
            m_validFrom = ms;
            m_validTo = ms + 1;
        }
    }
    return m_offset;
}

int InstantFormat::write(qint64 ms, char *out)
{
    const int offset = offsetAt(ms);
    const qint64 local = floorDiv(ms, 1000) + offset;
    const qint64 days = floorDiv(local, 86400);
    const int secs = int(local - days * 86400);
    int y = 0;
    int m = 0;
    int d = 0;
    civil(days, y, m, d);
    char *p = out;
    p[0] = char('0' + (y / 1000) % 10);
    p[1] = char('0' + (y / 100) % 10);
    p[2] = char('0' + (y / 10) % 10);
    p[3] = char('0' + y % 10);
    p[4] = '-';
    two(p + 5, m);
    p[7] = '-';
    two(p + 8, d);
    p[10] = 'T';
    two(p + 11, secs / 3600);
    p[13] = ':';
    two(p + 14, (secs / 60) % 60);
    p[16] = ':';
    two(p + 17, secs % 60);
    const int a = offset < 0 ? -offset : offset;
    p[19] = offset < 0 ? '-' : '+';
    two(p + 20, a / 3600);
    p[22] = ':';
    two(p + 23, (a / 60) % 60);
    return 25;
}

} // namespace grab
