#include "headerfit.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace grab::ui {

HeaderFit::HeaderFit(QTableView *view) : QObject(view), m_view(view)
{
    QHeaderView *h = view->horizontalHeader();
    m_sorted = h->isSortIndicatorShown() ? h->sortIndicatorSection() : -1;
    connect(h, &QHeaderView::sortIndicatorChanged, this, [this](int logical, Qt::SortOrder) { followSort(logical); });
    view->installEventFilter(this);
}

int HeaderFit::titleWidth(int column) const
{
    const QHeaderView *h = m_view->horizontalHeader();
    const QString title = m_view->model() ? m_view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    const int margin = h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
    // A header that highlights the selected rows' columns draws their titles in bold.
    QFont font = h->font();
    font.setBold(font.bold() || h->highlightSections());
    const QFontMetrics fm(font);
    int widest = 0;
    for (const QString &line : title.split(QLatin1Char('\n'))) {
        widest = std::max(widest, fm.horizontalAdvance(line));
    }
    return widest + 2 * margin + 4;
}

int HeaderFit::arrowWidth() const
{
    const QHeaderView *h = m_view->horizontalHeader();
    return h->sizeHint().height() + h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
}

void HeaderFit::fit(int column, const QString &sample, int extra)
{
    // The cell's own margins (the delegate's text margin, and a little air).
    const int base = std::max(titleWidth(column), m_view->fontMetrics().horizontalAdvance(sample) + 14 + extra);
    m_base.insert(column, base);
    const int arrow = column == m_sorted ? std::max(base, titleWidth(column) + arrowWidth()) : base;
    m_view->horizontalHeader()->resizeSection(column, arrow);
}

void HeaderFit::followSort(int sorted)
{
    const int arrow = arrowWidth();
    QHeaderView *h = m_view->horizontalHeader();
    for (auto it = m_base.cbegin(); it != m_base.cend(); ++it) {
        const int withArrow = std::max(*it, titleWidth(it.key()) + arrow);
        // Only a column still at a width this class gave it: a dragged one is the manager's.
        if (h->sectionSize(it.key()) != *it && h->sectionSize(it.key()) != withArrow) {
            continue;
        }
        h->resizeSection(it.key(), it.key() == sorted ? withArrow : *it);
    }
    m_sorted = sorted;
    fitWidth();
}

void HeaderFit::setOptional(const QList<int> &columns, int reserve)
{
    m_optional = columns;
    m_reserve = reserve;
    fitWidth();
}

bool HeaderFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize) {
        fitWidth();
    }
    return QObject::eventFilter(watched, event);
}

void HeaderFit::fitWidth()
{
    if (m_optional.isEmpty()) {
        return;
    }
    const QHeaderView *h = m_view->horizontalHeader();
    const int room = m_view->width() - 2 * m_view->frameWidth() - m_view->verticalScrollBar()->sizeHint().width();
    // What every column needs (a hidden one reads 0 wide, so its fitted width counts).
    int need = m_reserve;
    for (int c = 0; c < h->count(); ++c) {
        const bool optional = m_optional.contains(c);
        if (!optional && h->isSectionHidden(c)) {
            continue; // hidden for good by its page, not by this class
        }
        if (m_base.contains(c)) {
            need += std::max(m_base.value(c), c == m_sorted ? titleWidth(c) + arrowWidth() : 0);
        }
    }
    // Shown again in the reverse order, stepping aside in the order given.
    for (const int c : m_optional) {
        const bool hide = need > room;
        if (m_view->isColumnHidden(c) != hide) {
            m_view->setColumnHidden(c, hide);
        }
        if (hide) {
            need -= m_base.value(c);
        }
    }
}

} // namespace grab::ui
