#pragma once

class QTableView;

namespace grab::ui {

class HeaderFit;

// The order tables' columns (LiveOrderModel's), sized for their widest likely content (a Chinese
// company name, just under a million yuan, a day's countdown) in the view's font, so high-DPI and
// large fonts fit, and every column fits 1280 px (tst_fitscreen). A longer customer, skill or
// region is elided, whole in its tooltip, in a column the manager can widen.
HeaderFit *sizeOrderColumns(QTableView *view);

} // namespace grab::ui
