#include "reviewcycle.h"

#include <QRegularExpression>

#include <array>

namespace grab {
namespace {

const std::array<const char *, 5> kStates{"draft", "open", "scoring", "approved", "locked"};
const std::array<const char *, 6> kKinds{"bonus", "honour", "promotion", "training", "bonus_deduction", "reassignment"};

} // namespace

QString toString(ReviewState state)
{
    return QString::fromLatin1(kStates[size_t(state)]);
}

std::optional<ReviewState> reviewStateFromString(const QString &text)
{
    for (size_t i = 0; i < kStates.size(); ++i) {
        if (text == QLatin1String(kStates[i])) {
            return ReviewState(i);
        }
    }
    return std::nullopt;
}

QString toString(DecisionKind kind)
{
    return QString::fromLatin1(kKinds[size_t(kind)]);
}

std::optional<DecisionKind> decisionKindFromString(const QString &text)
{
    for (size_t i = 0; i < kKinds.size(); ++i) {
        if (text == QLatin1String(kKinds[i])) {
            return DecisionKind(i);
        }
    }
    return std::nullopt;
}

bool isPenalty(DecisionKind kind)
{
    return kind == DecisionKind::BonusDeduction || kind == DecisionKind::Reassignment;
}

namespace quarters {

std::optional<Period> period(const QString &quarter)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const QRegularExpressionMatch m = re.match(quarter);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QDate from(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
    if (!from.isValid() || from.year() < 1970) {
        return std::nullopt;
    }
    return Period{from, from.addMonths(3)};
}

QString of(const QDate &day)
{
    return QStringLiteral("%1-Q%2").arg(day.year(), 4, 10, QLatin1Char('0')).arg((day.month() - 1) / 3 + 1);
}

QString previous(const QString &quarter)
{
    const auto p = period(quarter);
    return p ? of(p->from.addMonths(-3)) : QString();
}

} // namespace quarters
} // namespace grab
