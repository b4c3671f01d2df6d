#pragma once

#include <QString>

namespace grab::contest {

// A database for races, crash tests and throughput benchmarks, set up through the core
// services: caps high enough not to refuse, a grab window all week, `grabbers` lead grabbers
// (ids 1..grabbers), one customer and `orders` open orders (ids 1..orders). The rules are
// still checked on every grab: that is what is being raced and measured.
bool makeDatabase(const QString &path, int grabbers, int orders, QString *why);

// The instant the contest runs at: Wednesday 2026-11-25 09:00 in Asia/Shanghai.
qint64 now();

} // namespace grab::contest
