#include "types.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace grab {
namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, QStringView text)
{
    for (const auto &[e, name] : table) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Level, const char *>, 3> kLevels{{
    {Level::Junior, "junior"}, {Level::Senior, "senior"}, {Level::Lead, "lead"}}};
constexpr std::array<std::pair<GrabberStatus, const char *>, 3> kStatuses{{
    {GrabberStatus::Active, "active"}, {GrabberStatus::OnLeave, "on_leave"}, {GrabberStatus::Suspended, "suspended"}}};
constexpr std::array<std::pair<Tier, const char *>, 3> kTiers{{
    {Tier::Vip, "vip"}, {Tier::Key, "key"}, {Tier::Regular, "regular"}}};
constexpr std::array<std::pair<OrderState, const char *>, 6> kStates{{{OrderState::Open, "open"},
                                                                       {OrderState::Assigned, "assigned"},
                                                                       {OrderState::Won, "won"},
                                                                       {OrderState::Lost, "lost"},
                                                                       {OrderState::Expired, "expired"},
                                                                       {OrderState::Cancelled, "cancelled"}}};
constexpr std::array<std::pair<Outcome, const char *>, 2> kOutcomes{{{Outcome::Won, "won"}, {Outcome::Lost, "lost"}}};
constexpr std::array<std::pair<AssignVia, const char *>, 3> kVias{{
    {AssignVia::Grab, "grab"}, {AssignVia::Dispatch, "dispatch"}, {AssignVia::Manager, "manager"}}};

} // namespace

QString toString(Level level) { return nameOf(kLevels, level); }
QString toString(GrabberStatus status) { return nameOf(kStatuses, status); }
QString toString(Tier tier) { return nameOf(kTiers, tier); }
QString toString(OrderState state) { return nameOf(kStates, state); }
QString toString(Outcome outcome) { return nameOf(kOutcomes, outcome); }
QString toString(AssignVia via) { return nameOf(kVias, via); }

Phrase phraseOf(Level level)
{
    switch (level) {
    case Level::Junior: return Phrase("grab::Level", QT_TRANSLATE_NOOP("grab::Level", "junior"));
    case Level::Senior: return Phrase("grab::Level", QT_TRANSLATE_NOOP("grab::Level", "senior"));
    case Level::Lead: return Phrase("grab::Level", QT_TRANSLATE_NOOP("grab::Level", "lead"));
    }
    return Phrase::plain(toString(level));
}

Phrase phraseOf(Tier tier)
{
    switch (tier) {
    case Tier::Vip: return Phrase("grab::Tier", QT_TRANSLATE_NOOP("grab::Tier", "vip"));
    case Tier::Key: return Phrase("grab::Tier", QT_TRANSLATE_NOOP("grab::Tier", "key"));
    case Tier::Regular: return Phrase("grab::Tier", QT_TRANSLATE_NOOP("grab::Tier", "regular"));
    }
    return Phrase::plain(toString(tier));
}

Phrase phraseOf(OrderState state)
{
    switch (state) {
    case OrderState::Open: return Phrase("grab::OrderState", QT_TRANSLATE_NOOP("grab::OrderState", "open"));
    case OrderState::Assigned: return Phrase("grab::OrderState", QT_TRANSLATE_NOOP("grab::OrderState", "assigned"));
    case OrderState::Won: return Phrase("grab::OrderState", QT_TRANSLATE_NOOP("grab::OrderState", "won"));
    case OrderState::Lost: return Phrase("grab::OrderState", QT_TRANSLATE_NOOP("grab::OrderState", "lost"));
    case OrderState::Expired: return Phrase("grab::OrderState", QT_TRANSLATE_NOOP("grab::OrderState", "expired"));
    case OrderState::Cancelled: return Phrase("grab::OrderState", QT_TRANSLATE_NOOP("grab::OrderState", "cancelled"));
    }
    return Phrase::plain(toString(state));
}

std::optional<Level> levelFromString(QStringView text) { return valueOf(kLevels, text); }
std::optional<GrabberStatus> statusFromString(QStringView text) { return valueOf(kStatuses, text); }
std::optional<Tier> tierFromString(QStringView text) { return valueOf(kTiers, text); }
std::optional<OrderState> orderStateFromString(QStringView text) { return valueOf(kStates, text); }
std::optional<Outcome> outcomeFromString(QStringView text) { return valueOf(kOutcomes, text); }

} // namespace grab
