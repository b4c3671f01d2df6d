#include "windowfit.h"

#include <QScreen>
#include <QWidget>

namespace grab::ui::windowfit {

QRect within(const QRect &frame, const QRect &available)
{
    if (!available.isValid()) {
        return frame;
    }
    QRect r = frame;
    r.setWidth(std::min(r.width(), available.width()));
    r.setHeight(std::min(r.height(), available.height()));
    if (r.right() > available.right()) {
        r.moveRight(available.right());
    }
    if (r.bottom() > available.bottom()) {
        r.moveBottom(available.bottom());
    }
    if (r.left() < available.left()) {
        r.moveLeft(available.left());
    }
    if (r.top() < available.top()) {
        r.moveTop(available.top());
    }
    return r;
}

bool fitToScreen(QWidget *window, const QMargins &margins)
{
    QScreen *screen = window->screen();
    if (!screen) {
        return false;
    }
    const QRect frame = window->geometry().marginsAdded(margins);
    const QRect fitted = within(frame, screen->availableGeometry());
    if (fitted == frame) {
        return false;
    }
    const QRect inner = fitted.marginsRemoved(margins);
    // resize() stops at the window's minimum size; tst_fitscreen keeps that within 1280×800.
    window->resize(inner.size().expandedTo(window->minimumSize()));
    window->move(fitted.topLeft());
    return true;
}

} // namespace grab::ui::windowfit
