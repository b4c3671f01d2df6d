#include "heldrowsbar.h"

#include "orderfilterproxy.h"

#include <QEvent>
#include <QPushButton>
#include <QTableView>

namespace grab::ui {

HeldRowsBar::HeldRowsBar(QTableView *view, OrderFilterProxy *proxy, QObject *parent)
    : QObject(parent), m_view(view), m_proxy(proxy), m_pill(new QPushButton(view->viewport()))
{
    m_pill->setObjectName(view->objectName() + QStringLiteral("NewRows"));
    m_pill->setCursor(Qt::PointingHandCursor);
    m_pill->setStyleSheet(QStringLiteral("QPushButton { background: #1f6feb; color: white; border: none; border-radius: 11px; padding: 3px 12px; }"));
    m_pill->hide();
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &HeldRowsBar::showPill);
    connect(m_pill, &QPushButton::clicked, this, &HeldRowsBar::releaseAll);
    connect(m_proxy, &OrderFilterProxy::heldChanged, this, &HeldRowsBar::onHeld);
    view->viewport()->installEventFilter(this);
}

bool HeldRowsBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::Enter:
            m_proxy->hold();
            break;
        case QEvent::Leave:
            releaseAll();
            break;
        case QEvent::Resize:
            place();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void HeldRowsBar::onHeld(int count)
{
    if (count <= 0) {
        m_quiet.stop();
        m_pill->hide();
        return;
    }
    if (m_pill->isVisible()) {
        showPill(); // the count moves on
    } else if (!m_quiet.isActive()) {
        m_quiet.start(); // the first one held: 2 s of quiet, then say so
    }
}

void HeldRowsBar::showPill()
{
    const int count = m_proxy->heldCount();
    if (count <= 0) {
        m_pill->hide();
        return;
    }
    m_pill->setText(tr("%n new order(s) ↑", nullptr, count));
    m_pill->adjustSize();
    place();
    m_pill->show();
    m_pill->raise();
}

void HeldRowsBar::releaseAll()
{
    m_quiet.stop();
    m_pill->hide();
    m_proxy->release();
    // The pointer may still be on the list (the pill is in it): hold what comes next again.
    if (m_view->viewport()->underMouse()) {
        m_proxy->hold();
    }
}

void HeldRowsBar::place()
{
    // At the foot of the list, where it covers the least of what the manager reads.
    const QRect area = m_view->viewport()->rect();
    m_pill->move(area.center().x() - m_pill->width() / 2, area.bottom() - m_pill->height() - 8);
}

} // namespace grab::ui
