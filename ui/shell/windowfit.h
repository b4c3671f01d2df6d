#pragma once

#include <QMargins>
#include <QRect>

class QWidget;

namespace grab::ui {

// A window that fits the screen it opens on. The layout the manager left on a 1920×1080 monitor
// comes back on a 1280×800 laptop, and the first start's 1440×880 is more than that laptop has:
// Qt restores a saved geometry as it was (it only moves a window back onto a screen), so the
// window would open with its edges and status bar out of reach.
namespace windowfit {

// `frame` (the window with its frame) made to lie within `available`: as large as it was where
// it fits, shrunk where it does not, then moved inside, keeping its place where it can.
QRect within(const QRect &frame, const QRect &available);

// Applies within() to a top-level widget on its screen's available geometry. `margins` is the
// frame the window system adds around the widget (known only once the window is shown; before,
// an estimate). Returns whether the window had to change.
bool fitToScreen(QWidget *window, const QMargins &margins);

} // namespace windowfit

} // namespace grab::ui
