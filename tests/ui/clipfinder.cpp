#include "clipfinder.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOption>
#include <QTableView>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeView>

namespace cliptest {

namespace {

// How many rows of each view are looked at: more than any page shows at 1920×1080.
constexpr int MaxRows = 80;

QString nameOf(const QObject *o)
{
    return o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    if (Qt::mightBeRichText(text)) {
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    }
    return text.size() > 80 ? text.left(77) + QStringLiteral("...") : text;
}

QString report(const QWidget *w, const QString &what, const QString &text, int need, int has)
{
    return QStringLiteral("%1%2: \"%3\" needs %4 px, has %5 px").arg(where(w), what, oneLine(text)).arg(need).arg(has);
}

// The part of `w` its ancestors leave visible, in w's own coordinates. A scroll area's viewport
// ends the walk: what it hides is a scroll away (and a sideways scroll bar is reported by itself).
QRect visiblePart(const QWidget *w)
{
    const QWidget *window = w->window();
    const QPoint origin = w->mapTo(window, QPoint(0, 0));
    QRect r(origin, w->size());
    for (const QWidget *c = w; c && !c->isWindow(); c = c->parentWidget()) {
        const QWidget *p = c->parentWidget();
        if (!p) {
            break;
        }
        const auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
        if (area && area->viewport() == p) {
            break;
        }
        r &= QRect(p->mapTo(window, QPoint(0, 0)), p->size());
    }
    return r.translated(-origin);
}

// Room from the widget's own left (top) edge to the visible right (bottom) edge; nothing when
// the left or top edge itself is hidden.
QSize room(const QWidget *w)
{
    const QRect v = visiblePart(w);
    if (v.isEmpty() || v.left() > 0 || v.top() > 0) {
        return QSize(0, 0);
    }
    return QSize(v.right() + 1, v.bottom() + 1);
}

void checkLabel(QLabel *l, QStringList &out)
{
    if (l->text().trimmed().isEmpty()) {
        return;
    }
    const QSize has = room(l);
    if (l->wordWrap()) {
        const int need = l->heightForWidth(l->width());
        if (need > has.height()) {
            out << report(l, QStringLiteral(" (height)"), l->text(), need, has.height());
        }
        // A word longer than the line still runs out on the right.
        if (l->minimumSizeHint().width() > has.width()) {
            out << report(l, QString(), l->text(), l->minimumSizeHint().width(), has.width());
        }
        return;
    }
    const QSize need = l->minimumSizeHint();
    if (need.width() > has.width()) {
        out << report(l, QString(), l->text(), need.width(), has.width());
    } else if (need.height() > has.height()) {
        out << report(l, QStringLiteral(" (height)"), l->text(), need.height(), has.height());
    }
}

void checkPushButton(QPushButton *b, QStringList &out)
{
    if (b->text().isEmpty()) {
        return;
    }
    QStyleOptionButton opt;
    opt.initFrom(b);
    opt.text = b->text();
    opt.icon = b->icon();
    opt.iconSize = b->iconSize();
    if (b->isFlat()) {
        opt.features |= QStyleOptionButton::Flat;
    }
    if (b->menu()) {
        opt.features |= QStyleOptionButton::HasMenu;
    }
    const QRect contents = b->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, b);
    int need = b->fontMetrics().size(Qt::TextShowMnemonic, b->text()).width();
    if (!b->icon().isNull()) {
        need += b->iconSize().width() + 4;
    }
    if (b->menu()) {
        need += b->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, b);
    }
    const int visibleRight = std::min(room(b).width(), contents.right() + 1);
    const int has = visibleRight - contents.left();
    if (need > has) {
        out << report(b, QString(), b->text(), need, has);
    }
}

void checkButton(QAbstractButton *b, QStringList &out)
{
    if (auto *p = qobject_cast<QPushButton *>(b)) {
        checkPushButton(p, out);
        return;
    }
    if (b->text().isEmpty()) {
        return;
    }
    if (auto *t = qobject_cast<QToolButton *>(b); t && t->toolButtonStyle() == Qt::ToolButtonIconOnly && !t->icon().isNull()) {
        return;
    }
    // Check boxes, radio buttons and tool buttons have no minimum width beyond their text.
    const int need = b->sizeHint().width();
    const int has = room(b).width();
    if (need > has) {
        out << report(b, QString(), b->text(), need, has);
    }
}

void checkGroupBox(QGroupBox *g, QStringList &out)
{
    if (g->title().isEmpty()) {
        return;
    }
    QStyleOptionGroupBox opt;
    opt.initFrom(g);
    opt.text = g->title();
    opt.lineWidth = 1;
    opt.subControls = QStyle::SC_GroupBoxLabel | QStyle::SC_GroupBoxFrame;
    if (g->isCheckable()) {
        opt.subControls |= QStyle::SC_GroupBoxCheckBox;
    }
    const QRect label = g->style()->subControlRect(QStyle::CC_GroupBox, &opt, QStyle::SC_GroupBoxLabel, g);
    const int has = room(g).width();
    if (label.right() + 1 > has) {
        out << report(g, QStringLiteral(" (title)"), g->title(), label.right() + 1, has);
    }
}

void checkTabBar(QTabBar *bar, QStringList &out)
{
    const int hspace = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    const int has = room(bar).width();
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i)) {
            continue;
        }
        const QRect r = bar->tabRect(i);
        int need = bar->fontMetrics().size(Qt::TextShowMnemonic, bar->tabText(i)).width() + hspace;
        if (!bar->tabIcon(i).isNull()) {
            need += bar->iconSize().width() + 4;
        }
        if (r.right() + 1 > has) {
            out << report(bar, QStringLiteral(" (tab %1, off the bar)").arg(i), bar->tabText(i), r.right() + 1, has);
        } else if (need > r.width()) {
            out << report(bar, QStringLiteral(" (tab %1)").arg(i), bar->tabText(i), need, r.width());
        }
    }
}

void checkCombo(QComboBox *c, QStringList &out)
{
    if (c->isEditable() || c->currentText().isEmpty()) {
        return;
    }
    QStyleOptionComboBox opt;
    opt.initFrom(c);
    opt.editable = false;
    opt.frame = c->hasFrame();
    opt.currentText = c->currentText();
    opt.currentIcon = c->itemIcon(c->currentIndex());
    opt.iconSize = c->iconSize();
    opt.subControls = QStyle::SC_All;
    const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
    int need = c->fontMetrics().horizontalAdvance(c->currentText()) + 2;
    if (!opt.currentIcon.isNull()) {
        need += c->iconSize().width() + 4;
    }
    const int has = std::min(room(c).width(), field.right() + 1) - field.left();
    if (need > has) {
        out << report(c, QString(), c->currentText(), need, has);
    }
}

// Whether eliding `index`'s text is allowed: the full text in a tooltip, in a column the user can
// widen.
bool elidingAllowed(const QAbstractItemView *view, const QModelIndex &index)
{
    const QString tip = index.data(Qt::ToolTipRole).toString();
    const QString text = index.data(Qt::DisplayRole).toString();
    if (tip.isEmpty() || !QTextDocumentFragment::fromHtml(tip).toPlainText().contains(text.section(QLatin1Char('\n'), 0, 0).left(40))) {
        return false;
    }
    const QHeaderView *header = nullptr;
    if (auto *t = qobject_cast<const QTableView *>(view)) {
        header = t->horizontalHeader();
    } else if (auto *t = qobject_cast<const QTreeView *>(view)) {
        header = t->header();
    }
    // A column the manager drags wider, or the one that stretches with its view (which a
    // splitter widens).
    return !header || header->sectionResizeMode(index.column()) == QHeaderView::Interactive
           || header->sectionResizeMode(index.column()) == QHeaderView::Stretch;
}

void checkHeader(QAbstractItemView *view, QHeaderView *header, QStringList &out)
{
    QAbstractItemModel *model = header->model();
    if (!model || !header->isVisible() || header->orientation() != Qt::Horizontal) {
        return;
    }
    const bool sorting = header->isSortIndicatorShown();
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical)) {
            continue;
        }
        const int x = header->sectionViewportPosition(logical);
        if (x >= header->viewport()->width() || x + header->sectionSize(logical) <= 0) {
            continue; // scrolled away: the view's sideways scroll bar says so
        }
        const QString text = model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty()) {
            continue;
        }
        QStyleOptionHeader opt;
        opt.initFrom(header);
        opt.section = logical;
        opt.orientation = Qt::Horizontal;
        opt.text = text;
        const QVariant font = model->headerData(logical, Qt::Horizontal, Qt::FontRole);
        QFont shown = font.isValid() ? font.value<QFont>() : header->font();
        // A highlighted section (a column of the selected row) is drawn in bold.
        if (header->highlightSections() && view->selectionModel()
            && view->selectionModel()->columnIntersectsSelection(logical, view->rootIndex())) {
            shown.setBold(true);
        }
        opt.fontMetrics = QFontMetrics(shown);
        opt.icon = qvariant_cast<QIcon>(model->headerData(logical, Qt::Horizontal, Qt::DecorationRole));
        if (sorting && header->sortIndicatorSection() == logical) {
            opt.sortIndicator = QStyleOptionHeader::SortDown;
        }
        const QSize need = header->style()->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), header);
        const int has = header->sectionSize(logical);
        if (need.width() > has) {
            out << report(view, QStringLiteral(" header %1").arg(logical), text, need.width(), has);
        }
        if (need.height() > header->height()) {
            out << report(view, QStringLiteral(" header %1 (height)").arg(logical), text, need.height(), header->height());
        }
    }
}

void checkCells(QAbstractItemView *view, QStringList &out)
{
    QAbstractItemModel *model = view->model();
    if (!model) {
        return;
    }
    const QRect viewport = view->viewport()->rect();
    const QModelIndex root = view->rootIndex();
    bool wrap = false;
    if (auto *t = qobject_cast<QTableView *>(view)) {
        wrap = t->wordWrap();
    } else if (auto *l = qobject_cast<QListView *>(view)) {
        wrap = l->wordWrap();
    } else if (auto *t = qobject_cast<QTreeView *>(view)) {
        wrap = t->wordWrap();
    }
    int reported = 0;
    for (int row = 0; row < std::min(model->rowCount(root), MaxRows); ++row) {
        for (int column = 0; column < model->columnCount(root); ++column) {
            const QModelIndex index = model->index(row, column, root);
            const QRect rect = view->visualRect(index);
            if (rect.isEmpty() || !rect.intersects(viewport)) {
                continue;
            }
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty()) {
                continue;
            }
            QStyleOptionViewItem opt;
            opt.initFrom(view);
            opt.widget = view;
            opt.font = view->font();
            opt.fontMetrics = view->fontMetrics();
            const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
            opt.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(icon, icon);
            opt.decorationPosition = QStyleOptionViewItem::Left;
            opt.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
            opt.textElideMode = view->textElideMode();
            opt.showDecorationSelected = view->style()->styleHint(QStyle::SH_ItemView_ShowDecorationSelected, nullptr, view);
            opt.rect = rect;
            if (wrap) {
                opt.features |= QStyleOptionViewItem::WrapText;
            }
            const QSize need = view->itemDelegateForIndex(index)->sizeHint(opt, index);
            const bool wide = !wrap && need.width() > rect.width() + 1;
            const bool tall = wrap && need.height() > rect.height() + 1;
            int wordNeed = 0;
            if (wrap && !tall) {
                // Wrapping breaks between words: a word wider than the column is cut ("achieve…").
                const QFontMetrics cellFm(index.data(Qt::FontRole).isValid() ? index.data(Qt::FontRole).value<QFont>() : view->font());
                const int textMargin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
                for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                    wordNeed = std::max(wordNeed, cellFm.horizontalAdvance(word) + 2 * textMargin);
                }
                if (wordNeed <= rect.width()) {
                    wordNeed = 0;
                }
            }
            // A wrapped text cut at the bottom of its row is not excused by a tooltip: the row,
            // not the column, is too small.
            if (tall || ((wide || wordNeed > 0) && !elidingAllowed(view, index))) {
                if (++reported <= 6) {
                    const QString what = QStringLiteral(" row %1 column %2%3")
                                             .arg(row)
                                             .arg(column)
                                             .arg(tall ? QStringLiteral(" (height)") : wordNeed > 0 ? QStringLiteral(" (a word)") : QString());
                    out << report(view, what, text, tall ? need.height() : wordNeed > 0 ? wordNeed : need.width(), tall ? rect.height() : rect.width());
                }
            }
        }
    }
    if (reported > 6) {
        out << QStringLiteral("%1: %2 more cells cut").arg(where(view)).arg(reported - 6);
    }
}

void checkScrollArea(QAbstractScrollArea *area, QStringList &out)
{
    // The popup list of a combo box and a text editor's own lines are not pages.
    QScrollBar *bar = area->horizontalScrollBar();
    if (bar && bar->isVisible() && bar->maximum() > 0) {
        out << QStringLiteral("%1: a sideways scroll bar (%2 steps to scroll, %3 px shown)")
                   .arg(where(area))
                   .arg(bar->maximum())
                   .arg(area->viewport()->width());
    }
}

void checkChart(QChartView *view, QStringList &out)
{
    if (!view->scene()) {
        return;
    }
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (!item->isVisible()) {
            continue;
        }
        QString text;
        if (auto *t = dynamic_cast<QGraphicsTextItem *>(item)) {
            text = t->toPlainText();
        } else if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            text = t->text();
        }
        // Qt Charts shortens a title, an axis title, a label or a legend entry that has no room
        // with "..." (a vertical axis title shows it as "⋮").
        if (text.endsWith(QStringLiteral("...")) || text.endsWith(QChar(0x2026))) {
            QChart *chart = view->chart();
            out << QStringLiteral("%1 (chart \"%2\"): shortened to \"%3\"").arg(where(view), chart ? chart->title() : QString(), oneLine(text));
        }
    }
}

} // namespace

QString where(const QWidget *w)
{
    QStringList names{nameOf(w)};
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow() && names.size() < 3; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            names.prepend(p->objectName());
        }
    }
    return names.join(QStringLiteral(" › "));
}

QStringList clippedTexts(QWidget *window)
{
    QStringList out;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != window || visiblePart(w).isEmpty()) {
            continue;
        }
        if (auto *l = qobject_cast<QLabel *>(w)) {
            checkLabel(l, out);
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            checkButton(b, out);
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            checkGroupBox(g, out);
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            checkTabBar(t, out);
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            checkCombo(c, out);
        } else if (auto *chart = qobject_cast<QChartView *>(w)) {
            checkChart(chart, out);
        }
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && !qobject_cast<QHeaderView *>(w)) {
            if (auto *t = qobject_cast<QTableView *>(v)) {
                checkHeader(v, t->horizontalHeader(), out);
            } else if (auto *t = qobject_cast<QTreeView *>(v)) {
                checkHeader(v, t->header(), out);
            }
            checkCells(v, out);
        }
        if (auto *a = qobject_cast<QAbstractScrollArea *>(w); a && !qobject_cast<QHeaderView *>(w)) {
            checkScrollArea(a, out);
        }
    }
    return out;
}

} // namespace cliptest
