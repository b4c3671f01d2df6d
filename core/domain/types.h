#pragma once

#include "base/phrase.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace grab {

// The product vocabulary (PRODUCT.md). The text forms are what the schema, JSON, CSV and
// grabctl use; they never change once released.

enum class Level { Junior = 1, Senior = 2, Lead = 3 }; // ordered: a higher value is more senior
enum class GrabberStatus { Active, OnLeave, Suspended };
enum class Tier { Vip, Key, Regular };
enum class OrderState { Open, Assigned, Won, Lost, Expired, Cancelled };
enum class Outcome { Won, Lost };
enum class AssignVia { Grab, Dispatch, Manager };

QString toString(Level level);
QString toString(GrabberStatus status);
QString toString(Tier tier);
QString toString(OrderState state);
QString toString(Outcome outcome);
QString toString(AssignVia via);

// The same words for a sentence shown to a person: the English text is the code above, the shown
// text is translated ("senior" -> 高级). For sentences that are stored in English and shown translated.
Phrase phraseOf(Level level);
Phrase phraseOf(OrderState state);
Phrase phraseOf(Tier tier);

std::optional<Level> levelFromString(QStringView text);
std::optional<GrabberStatus> statusFromString(QStringView text);
std::optional<Tier> tierFromString(QStringView text);
std::optional<OrderState> orderStateFromString(QStringView text);
std::optional<Outcome> outcomeFromString(QStringView text);

// Priority levels: 1 is the highest (P1), 4 the lowest (P4).
constexpr int kHighestPriority = 1;
constexpr int kLowestPriority = 4;

} // namespace grab
