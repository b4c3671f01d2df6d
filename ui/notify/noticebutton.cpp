#include "noticebutton.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

// A notice is as tall as its wrapped text in the list's width (the plain delegate measures one
// unwrapped line and cuts the rest).
class NoticeDelegate final : public QStyledItemDelegate
{
public:
    explicit NoticeDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const int width = std::max(120, m_view->viewport()->width() - 12);
        const QRect text = QFontMetrics(o.font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, o.text);
        return {width, text.height() + 10};
    }

private:
    QListView *m_view;
};

} // namespace

NoticeButton::NoticeButton(NotificationCentre &centre, QWidget *parent) : QToolButton(parent), m_centre(centre)
{
    setObjectName(QStringLiteral("notices"));
    setAutoRaise(true);
    setToolTip(tr("Escalations, refused actions and service warnings (Ctrl+Shift+N)"));

    m_panel = new QFrame(this, Qt::Popup);
    m_panel->setObjectName(QStringLiteral("noticePanel"));
    m_panel->setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(tr("Notifications"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *clear = new QPushButton(tr("Clear"));
    clear->setObjectName(QStringLiteral("clearNotices"));
    clear->setAutoDefault(false);
    auto *head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(clear);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("noticeList"));
    m_list->setModel(&m_centre);
    m_list->setWordWrap(true); // a notice's sentence is read whole, never elided
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setItemDelegate(new NoticeDelegate(m_list));
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(2);
    auto *empty = new QLabel(tr("Nothing to report. Escalations, refused actions and service warnings appear here."));
    empty->setObjectName(QStringLiteral("noticesEmpty"));
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(m_panel);
    layout->addLayout(head);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    const QFontMetrics fm(font());
    m_panel->resize(fm.horizontalAdvance(QStringLiteral("M")) * 42, fm.height() * 24);

    const auto refreshEmpty = [this, empty] {
        const bool none = m_centre.rowCount() == 0;
        empty->setVisible(none);
        m_list->setVisible(!none);
    };
    connect(&m_centre, &QAbstractItemModel::rowsInserted, this, refreshEmpty);
    connect(&m_centre, &QAbstractItemModel::modelReset, this, refreshEmpty);
    refreshEmpty();
    connect(clear, &QPushButton::clicked, &m_centre, &NotificationCentre::clear);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const Notice notice = m_centre.noticeAt(index.row());
        if (notice.orderId != 0 || notice.grabberId != 0) {
            closeList();
            emit activated(notice);
        }
    });
    connect(m_list, &QListView::clicked, m_list, &QListView::activated);
    connect(this, &QToolButton::clicked, this, [this] { isListOpen() ? closeList() : openList(); });
    connect(&m_centre, &NotificationCentre::unreadChanged, this, &NoticeButton::updateBadge);
    m_panel->installEventFilter(this);
    auto *open = new QAction(this);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    open->setShortcutContext(Qt::WindowShortcut);
    addAction(open);
    connect(open, &QAction::triggered, this, &NoticeButton::openList);
    updateBadge();
}

void NoticeButton::updateBadge()
{
    const int unread = m_centre.unreadCount();
    setText(unread == 0 ? tr("Notifications") : tr("Notifications · %1").arg(unread));
    // A badge in the ageing red while something is unread; calm otherwise.
    setStyleSheet(unread == 0 ? QString() : QStringLiteral("QToolButton { color: #b01e1e; font-weight: bold; }"));
}

void NoticeButton::openList()
{
    // Above the button (it sits in the status bar), kept on the screen.
    QPoint at = mapToGlobal(QPoint(width() - m_panel->width(), -m_panel->height()));
    if (const QScreen *s = screen()) {
        const QRect room = s->availableGeometry();
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - m_panel->width())));
        at.setY(std::clamp(at.y(), room.top(), std::max(room.top(), room.bottom() - m_panel->height())));
    }
    m_panel->move(at);
    m_panel->show();
    m_list->scrollToTop();
}

void NoticeButton::closeList()
{
    m_panel->hide();
}

bool NoticeButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && event->type() == QEvent::Hide) {
        m_centre.markAllRead(); // seen: the list was open
    }
    return QToolButton::eventFilter(watched, event);
}

bool NoticeButton::isListOpen() const
{
    return m_panel->isVisible();
}

} // namespace grab::ui
