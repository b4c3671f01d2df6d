#include "kpirow.h"

#include "base/decimal.h"
#include "base/money.h"

namespace grab::kpirow {
namespace {

Cell integer(qint64 v)
{
    return Cell{Kind::Integer, v, {}, {}, 0};
}

Cell decimalOf(const std::optional<double> &v, int places)
{
    return Cell{Kind::Decimal, 0, {}, v, places};
}

} // namespace

QStringList keys()
{
    return {QStringLiteral("grabber_id"),  QStringLiteral("grabber_name"),      QStringLiteral("volume"),
            QStringLiteral("won"),         QStringLiteral("lost"),              QStringLiteral("reclaimed"),
            QStringLiteral("closed"),      QStringLiteral("success_rate"),      QStringLiteral("failure_rate"),
            QStringLiteral("hit_rate"),    QStringLiteral("median_response_s"), QStringLiteral("revenue"),
            QStringLiteral("satisfaction"), QStringLiteral("feedback_count"),   QStringLiteral("violations")};
}

QList<Cell> cells(const GrabberKpis &k)
{
    return {integer(k.grabberId),
            Cell{Kind::Text, 0, k.name, {}, 0},
            integer(k.volume),
            integer(k.won),
            integer(k.lost),
            integer(k.reclaimed),
            integer(k.closed()),
            decimalOf(k.successRate, 4),
            decimalOf(k.failureRate, 4),
            decimalOf(k.hitRate, 4),
            decimalOf(k.medianResponseS, 1),
            Cell{Kind::Yuan, k.revenueMinor, {}, {}, 0},
            decimalOf(k.satisfaction, 2),
            integer(k.feedbackCount),
            integer(k.violations)};
}

QVariantList values(const GrabberKpis &k)
{
    QVariantList out;
    for (const Cell &c : cells(k)) {
        switch (c.kind) {
        case Kind::Integer:
            out << c.integer;
            break;
        case Kind::Text:
            out << c.text;
            break;
        case Kind::Decimal:
            out << decimal::cell(c.decimal, c.places);
            break;
        case Kind::Yuan:
            out << formatMajorUnits(c.integer);
            break;
        }
    }
    return out;
}

} // namespace grab::kpirow
