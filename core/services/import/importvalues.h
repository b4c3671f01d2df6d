#pragma once

#include "domain/types.h"

#include <QDate>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// How import cells are read: the English words GrabDesk writes, and the Chinese ones people type.
namespace grab::importvalues {

std::optional<Level> level(const QString &cell);          // junior|senior|lead, 初级|高级|组长
std::optional<GrabberStatus> status(const QString &cell); // active|on_leave|suspended, 在职|休假|停用
std::optional<Tier> tier(const QString &cell);            // vip|key|regular, VIP|重点|普通
// A list cell: items separated by ; | , 、 or ，(exports write ;).
QStringList list(const QString &cell);
// YYYY-MM-DD, or Excel's YYYY/M/D.
std::optional<QDate> date(const QString &cell);
// ISO 8601 with or without an offset (without: the team's time zone), or Excel's
// "YYYY/M/D H:MM[:SS]" in the team's time zone. Epoch milliseconds.
std::optional<qint64> instant(const QString &cell, const QTimeZone &zone);
// What exports write for an instant: ISO 8601 in the team's zone with its offset.
QString formatInstant(qint64 ms, const QTimeZone &zone);
// Yuan with at most two decimals -> fen; a leading ¥ or ￥ and thousands separators are allowed.
std::optional<qint64> amount(const QString &cell);

} // namespace grab::importvalues
