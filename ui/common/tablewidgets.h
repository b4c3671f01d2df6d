#pragma once

#include <QString>

class QLabel;
class QTableView;

namespace grab::ui {

// The look shared by the tables of the board and the dashboards: whole-row selection, no grid,
// fixed row heights (no per-row measuring on 10,000 rows), left-aligned headers.
QTableView *makeBoardTable(const QString &objectName);
// A bold section title.
QLabel *sectionTitle(const QString &text);

} // namespace grab::ui
