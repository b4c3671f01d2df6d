#pragma once

#include "context.h"
#include "domain/error.h"

namespace grab {

// Records rule violations. The automatic detectors (no follow-up, over-cap attempts,
// attempt bursts) arrive with the dispatch issue; they will call record() too.
class ViolationService final
{
public:
    explicit ViolationService(Context ctx) : m_ctx(std::move(ctx)) {}

    enum class Severity { Low, Medium, High };
    enum class Source { Auto, Manual };

    struct NewViolation
    {
        qint64 grabberId = 0;
        std::optional<qint64> orderId;
        QString type; // e.g. "no_follow_up", "rude_to_customer"
        Severity severity = Severity::Low;
        Source source = Source::Manual;
        QString note;
    };

    Result<qint64> record(const NewViolation &v);

private:
    Context m_ctx;
};

} // namespace grab
