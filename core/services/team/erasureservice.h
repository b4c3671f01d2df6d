#pragma once

#include "services/context.h"
#include "base/error.h"

#include <QString>

namespace grab {

// Erases a customer's personal text on request (China's PIPL, art. 47): the name, the notes
// grabbers wrote about the customer's orders, the customer's own feedback comments, and the
// same text in the event log, where each payload that held it is replaced by its erasure marker
// (integrity::erasePayloads). Everything else stays: the orders, their amounts, tier and region
// (a sales territory, which the team's figures and the dispatch history need), scores, times and
// who won what, so every figure and every locked review is unchanged, and the hash chain still
// holds: `grabctl verify` counts the erased events as erased, not altered.
//
// One transaction: the customer is erased whole or not at all, and a `customer_erased` event
// records when, by whom and why (the reason, never the erased text).
class ErasureService final
{
public:
    explicit ErasureService(Context ctx) : m_ctx(std::move(ctx)) {}

    struct Erasure
    {
        qint64 customerId = 0;
        int events = 0;     // event payloads replaced by their marker
        int followUps = 0;  // follow-up notes emptied
        int feedback = 0;   // feedback comments emptied
        qint64 eventId = 0; // the customer_erased event
        // Whether the old text has left the file's bytes too: the erasure runs with SQLite's
        // secure_delete (freed space zeroed) and then checkpoints the WAL and truncates it,
        // which waits for no one: while another GrabDesk reads the file, old page images stay
        // in the WAL until its next checkpoint.
        bool bytesGone = false;
    };

    // The reason is a short code or one line ("pipl_request" when empty). Refuses an unknown
    // customer (NotFound) and one already erased (InvalidInput).
    Result<Erasure> eraseCustomer(qint64 customerId, const QString &reason = QString());

    // The name an erased customer keeps: the table needs one, and it must say what happened.
    static QString erasedName(qint64 customerId);

private:
    Context m_ctx;
};

} // namespace grab
