#include "responsebuckets.h"

namespace grab {

const QList<ResponseBucket> &responseBuckets()
{
    constexpr qint64 s = 1000;
    constexpr qint64 min = 60 * s;
    static const QList<ResponseBucket> buckets{
        {QStringLiteral("< 10 s"), 0, 10 * s},
        {QStringLiteral("10–30 s"), 10 * s, 30 * s},
        {QStringLiteral("30–60 s"), 30 * s, 60 * s},
        {QStringLiteral("1–2 min"), 1 * min, 2 * min},
        {QStringLiteral("2–5 min"), 2 * min, 5 * min},
        {QStringLiteral("5–15 min"), 5 * min, 15 * min},
        {QStringLiteral("15–60 min"), 15 * min, 60 * min},
        {QStringLiteral("≥ 1 h"), 60 * min, -1},
    };
    return buckets;
}

int responseBucketOf(qint64 responseMs)
{
    const QList<ResponseBucket> &buckets = responseBuckets();
    for (int i = 0; i < buckets.size(); ++i) {
        if (buckets[i].toMs < 0 || responseMs < buckets[i].toMs) {
            return i;
        }
    }
    return int(buckets.size()) - 1;
}

} // namespace grab
