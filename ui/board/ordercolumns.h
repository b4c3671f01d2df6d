#pragma once

class QTableView;

namespace grab::ui {

// The order tables' columns (LiveOrderModel's), sized for their widest likely content (a Chinese
// company name, a million yuan, an overdue countdown) in the view's font, so high-DPI and large
// fonts fit.
void sizeOrderColumns(QTableView *view);

} // namespace grab::ui
