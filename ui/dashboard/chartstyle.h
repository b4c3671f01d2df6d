#pragma once

#include <QColor>
#include <QString>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarSet;
class QChart;
class QValueAxis;

namespace grab::ui::chartstyle {

// The dashboards' charts share one palette: outcomes in the cards' green, red and amber, the
// grabber in blue, the team in grey (dashed when a line), quiet greys for "the rest".
inline const QColor kWon(0x2e, 0x7d, 0x32);
inline const QColor kLost(0xc6, 0x28, 0x28);
inline const QColor kReclaimed(0xef, 0x8f, 0x00);
inline const QColor kOwn(0x15, 0x65, 0xc0);
inline const QColor kOwnDark(0x0b, 0x3c, 0x7a); // a bar singled out (the median's)
inline const QColor kTeam(0x75, 0x75, 0x75);
inline const QColor kRest(0xb8, 0xc4, 0xd0); // the part of a bar that is not the point (attempts not won)

// Empties a chart: its series and its axes.
void clear(QChart *chart);

// Sets an axis title. Qt Charts reserves a vertical title's room from its font's own metrics,
// but Chinese glyphs come from a fallback font with a taller line: beside narrow labels ("0" to
// "5") a Chinese title was cut to "⋮". A title with Han characters therefore asks first for a CJK
// font (Debian's fonts-noto-cjk), whose metrics hold its glyphs.
void setTitle(QAbstractAxis *axis, const QString &title);

// A count axis from 0 to a round number at or above `highest`, with whole-number ticks.
QValueAxis *countAxis(qint64 highest, const QString &title);

// A bar set in a colour, without a border.
QBarSet *barSet(const QString &name, const QColor &colour);

// The legend only when it tells something: hidden for a single set the title already names.
void showLegend(QChart *chart, bool show);

} // namespace grab::ui::chartstyle
