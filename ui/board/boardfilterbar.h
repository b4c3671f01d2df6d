#pragma once

#include "orderfilterproxy.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace grab::ui {

// The board's filters: region, skill, priority, tier and a customer search. The region and
// skill lists grow as orders with new values arrive.
class BoardFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardFilterBar)

public:
    explicit BoardFilterBar(QWidget *parent = nullptr);

    void addChoices(const QSet<QString> &regions, const QSet<QString> &skills);
    OrderFilterProxy::Filter filter() const;
    void setFilter(const OrderFilterProxy::Filter &filter);
    void focusSearch();
    // The grabbers to filter "Being worked on" by (id -> name); the choice is kept by id.
    void setGrabbers(const QHash<qint64, QString> &names);
    // Shown only where it applies: the orders being worked on (the pool has no grabber yet).
    void setGrabberChoiceVisible(bool visible);

signals:
    void filterChanged(const grab::ui::OrderFilterProxy::Filter &filter);

public:
    // The skills seen so far on the board, sorted (a new order's choices).
    QStringList skills() const;

private:
    static void addSorted(QComboBox *box, const QSet<QString> &values, QSet<QString> &known);
    void emitFilter();

    QComboBox *m_region = nullptr;
    QComboBox *m_skill = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_grabber = nullptr;
    QLineEdit *m_search = nullptr;
    QSet<QString> m_regions;
    QSet<QString> m_skills;
};

} // namespace grab::ui
