#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Finds text a user cannot read whole in a window as it is on screen: every visible label,
// button, check box, group box title, tab, combo box, header section and table cell whose text
// needs more room than it has; every chart title, axis title and legend entry that Qt Charts
// shortened with "..."; and every sideways scroll bar (a page wider than the window). Each
// finding names the widget (its object name, or the nearest named ancestors) and the text, with
// the room it needs and the room it has.
//
// Eliding is allowed in one case only: a table cell whose full text is one hover away (its
// ToolTipRole holds it) in a column the manager can widen (an Interactive section, or the
// Stretch one that grows with its view). A header's title must fit, in bold where the header
// highlights the selected row's columns.
namespace cliptest {

QStringList clippedTexts(QWidget *window);

// "teamPage › rosterView" for a widget: its own object name or class, after the nearest named
// ancestors.
QString where(const QWidget *w);

} // namespace cliptest
