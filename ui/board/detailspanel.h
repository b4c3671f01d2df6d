#pragma once

#include "domain/event.h"
#include "domain/order.h"
#include "services/grab/quotaledger.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace grab {
class Database;
}

namespace grab::ui {

class EventDescriber;

// The side panel: the details of whatever was selected last — an order with its whole
// history, a grabber with their quotas, or one event with its full why. The history is one
// indexed read on the window's connection, done only when the selection changes.
class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    DetailsPanel(Database &db, const EventDescriber &describer, QWidget *parent = nullptr);

    void showOrder(const Order &order, const RuleSet &rules, qint64 nowMs);
    void showGrabber(const Quota &quota);
    void showEvent(const Event &event);
    void clear();
    QString plainText() const; // for tests

private:
    void setContent(const QString &title, const QString &html);

    Database &m_db;
    const EventDescriber &m_describer;
    QLabel *m_title = nullptr;
    QTextBrowser *m_body = nullptr;
};

} // namespace grab::ui
