#pragma once

#include <QGuiApplication>

namespace grab::ui {

// The busy cursor for as long as this lives. For the few writes that stay on the GUI thread
// and can take seconds on a large file: a rule change that moves the team's time zone or
// changes the amount bands rebuilds the day figures or the grabbers' win rates in the same
// transaction (2.7 s for a million orders), and the window should say it is working.
class WaitCursor final
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace grab::ui
