#pragma once

#include <QList>
#include <QString>

namespace grab {

// The response-time histogram of the grabber dashboard: how long an order waited from its
// publication to its assignment (assignments.response_ms, the figure whose median is the
// "response time" KPI). Fixed buckets, [fromMs, toMs), so that two grabbers and two periods
// compare bar by bar.
struct ResponseBucket
{
    QString label;     // "< 10 s", "10–30 s", ..., "≥ 1 h"
    qint64 fromMs = 0; // inclusive
    qint64 toMs = -1;  // exclusive; -1: no upper bound (the last bucket)
};

// The eight buckets, shortest first: < 10 s, 10–30 s, 30–60 s, 1–2 min, 2–5 min, 5–15 min,
// 15–60 min, ≥ 1 h.
const QList<ResponseBucket> &responseBuckets();

// The index into responseBuckets() of a response time (a negative time counts as 0).
int responseBucketOf(qint64 responseMs);

} // namespace grab
