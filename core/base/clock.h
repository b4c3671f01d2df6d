#pragma once

#include <QtGlobal>

namespace grab {

// The one source of "now" for the core: UTC epoch milliseconds. Tests and `grabctl --now`
// use a fixed clock; the demo generator moves a manual clock through its simulated days.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 ms = 0) : m_ms(ms) {}
    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace grab
