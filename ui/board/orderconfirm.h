#pragma once

#include "base/error.h"
#include "domain/dispatchscorer.h"
#include "domain/order.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace grab::ui {

// Asking before a manager's action that is costly to get wrong: a P1 or VIP order goes to the
// wrong person, or an order is cancelled. The question says what will happen (to whom, and
// why, as the rules stand now), and the safe answer is the default, so that an Enter pressed
// by habit changes nothing.
class OrderConfirm final
{
    Q_DECLARE_TR_FUNCTIONS(OrderConfirm)

public:
    // Whether dispatching or assigning this order asks first: P1, or a VIP customer's.
    static bool weighty(const Order &order);
    // "#1394 · ¥125,628.00 · 华信 (P1, VIP)"
    static QString describe(const Order &order);
    // What "Dispatch now" will do with the order, from the dispatcher's preview.
    static QString dispatchQuestion(const Order &order, const Result<DispatchDecision> &preview);

    // Shows a modal question (object name "orderConfirm") with `accept` as the button that goes
    // ahead and Cancel as the default. True when the manager chose to go ahead.
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &accept);
};

} // namespace grab::ui
