#pragma once

#include "services/context.h"
#include "base/error.h"

namespace grab {

// The grab: one write transaction that reads the rules and the grabber's counts, decides with
// checkEligibility(), and takes the order with a compare-and-set (UPDATE ... WHERE state =
// 'open'). Every attempt is recorded, won or not. On SQLite the transaction holds the file
// (BEGIN IMMEDIATE); on a server it holds the grabber's and the order's rows, so grabs of other
// orders by other grabbers run beside it (dialect.h, docs/architecture.md).
class GrabService final
{
public:
    explicit GrabService(Context ctx) : m_ctx(std::move(ctx)) {}

    struct Won
    {
        qint64 orderId = 0;
        qint64 grabberId = 0;
        qint64 eventId = 0;
        int ruleVersion = 0;
        QString detail; // which window, how much of the caps is now used
    };

    // Won, or an Error: NotFound (no such order or grabber; nothing recorded), NotOpen (lost the
    // race or the order is closed; a grab_lost_race event is committed), Refused (a rule said no;
    // error.reason holds the code and a grab_rejected event is committed).
    Result<Won> grab(qint64 orderId, qint64 grabberId);

private:
    // How often a grab that clashed with another transaction on a server is tried in all.
    static constexpr int kConflictAttempts = 5;
    Result<Won> grabOnce(qint64 orderId, qint64 grabberId);

    Context m_ctx;
};

} // namespace grab
