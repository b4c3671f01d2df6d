#pragma once

#include <QString>

class QLabel;
class QTableView;

namespace grab::ui {

// The look shared by the board's tables: whole-row selection, no grid, fixed row heights (no
// per-row measuring on 10,000 rows), left-aligned headers.
QTableView *makeBoardTable(const QString &objectName);
// The order tables' columns, sized for their widest likely content (a Chinese company name,
// a million yuan, an overdue countdown) in the view's font, so high-DPI and large fonts fit.
void sizeOrderColumns(QTableView *view);
// A bold section title.
QLabel *sectionTitle(const QString &text);

} // namespace grab::ui
