#include "notificationcentre.h"

#include "format.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

namespace grab::ui {

NotificationCentre::NotificationCentre(QObject *parent, int capacity)
    : QAbstractListModel(parent), m_capacity(std::max(1, capacity)), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

qint64 NotificationCentre::post(Notice notice)
{
    if (notice.at == 0) {
        notice.at = m_now();
    }
    if (!m_notices.isEmpty()) {
        Notice &newest = m_notices.first();
        if (newest.kind == notice.kind && newest.title == notice.title && newest.message == notice.message && notice.at - newest.at < 60000) {
            newest.at = notice.at;
            emit dataChanged(index(0), index(0));
            return newest.id;
        }
    }
    notice.id = m_nextId++;
    beginInsertRows(QModelIndex(), 0, 0);
    m_notices.prepend(notice);
    m_read.prepend(false);
    endInsertRows();
    if (m_notices.size() > m_capacity) {
        const int last = int(m_notices.size()) - 1;
        const bool wasUnread = !m_read.at(last);
        beginRemoveRows(QModelIndex(), last, last);
        m_notices.removeLast();
        m_read.removeLast();
        endRemoveRows();
        if (wasUnread) {
            --m_unread;
        }
    }
    setUnread(m_unread + 1);
    emit posted(notice);
    return notice.id;
}

void NotificationCentre::markAllRead()
{
    if (m_unread == 0) {
        return;
    }
    m_read.fill(true);
    if (!m_notices.isEmpty()) {
        emit dataChanged(index(0), index(rowCount() - 1), {UnreadRole, Qt::FontRole});
    }
    setUnread(0);
}

void NotificationCentre::clear()
{
    beginResetModel();
    m_notices.clear();
    m_read.clear();
    endResetModel();
    setUnread(0);
}

void NotificationCentre::setUnread(int count)
{
    if (count != m_unread) {
        m_unread = count;
        emit unreadChanged(count);
    }
}

int NotificationCentre::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notices.size());
}

QVariant NotificationCentre::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Notice &n = m_notices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // "09:42  Bob is at the daily cap" and, on the next line, what it means.
        return QStringLiteral("%1  %2\n%3").arg(Format::time(QDateTime::fromMSecsSinceEpoch(n.at)), n.title, n.message);
    case Qt::ToolTipRole:
        return n.source.isEmpty() ? n.message : QStringLiteral("%1 (%2)").arg(n.message, n.source);
    case Qt::ForegroundRole:
        // Refusals and service warnings in the strips' colours; escalations in the ageing red.
        switch (n.kind) {
        case Notice::Kind::Escalation: return QBrush(QColor(0xb0, 0x1e, 0x1e));
        case Notice::Kind::Refusal: return QBrush(QColor(0x4a, 0x3b, 0x00));
        case Notice::Kind::ServiceWarning: return QBrush(QColor(0x6b, 0x15, 0x20));
        }
        return {};
    case Qt::FontRole: {
        if (m_read.at(index.row())) {
            return {};
        }
        QFont f;
        f.setBold(true);
        return f;
    }
    case KindRole: return int(n.kind);
    case TitleRole: return n.title;
    case MessageRole: return n.message;
    case AtRole: return n.at;
    case UnreadRole: return !m_read.at(index.row());
    case IdRole: return n.id;
    default: return {};
    }
}

} // namespace grab::ui
