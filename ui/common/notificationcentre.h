#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <functional>

namespace grab::ui {

// One thing GrabDesk wants the user to know, kept in the notification centre.
struct Notice
{
    enum class Kind {
        Escalation,     // the live board: a starving VIP order, a grabber at a cap
        Refusal,        // one of the user's own actions was refused or failed, with why
        ServiceWarning, // GrabDesk itself: the rules' timers failed, no rules service, the live feed lost
    };
    qint64 id = 0; // given by the centre
    Kind kind = Kind::Escalation;
    QString title;   // one short line, translated
    QString message; // one or two sentences, translated
    QString source;  // the page or part it came from ("Board", "Rules service")
    qint64 at = 0;   // epoch ms
    qint64 orderId = 0;   // what a click opens: an order on the board ...
    qint64 grabberId = 0; // ... or a grabber's dashboard
    bool desktop = false; // also worth a desktop notification (the tray), not only the list
};

// The window's one notification centre: every escalation, refusal of the user's own actions and
// service warning goes through post(), and only from here to where it is shown — the list and
// its badge in the window (NoticeButton), and the tray or desktop notifications (TrayNotifier,
// for notices marked `desktop`). Grabbers' own windows are to post to one of their own. A list
// model, newest first, of at most `capacity` notices; a notice equal to the newest one (same
// kind, title and message) within a minute only moves that one's time, so a repeating failure
// does not flood the list.
class NotificationCentre final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCentre)

public:
    enum Role { KindRole = Qt::UserRole + 1, TitleRole, MessageRole, AtRole, UnreadRole, IdRole };

    explicit NotificationCentre(QObject *parent = nullptr, int capacity = 200);

    // Adds a notice (its id and, when unset, its time are filled in) and says so through
    // posted(); returns the id.
    qint64 post(Notice notice);
    void markAllRead();
    void clear();
    int unreadCount() const { return m_unread; }
    const Notice &noticeAt(int row) const { return m_notices.at(row); }
    // The time posted notices get when they carry none (tests give a fixed clock's).
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void posted(const grab::ui::Notice &notice);
    void unreadChanged(int count);

private:
    void setUnread(int count);

    QList<Notice> m_notices; // newest first
    QList<bool> m_read;
    int m_capacity;
    int m_unread = 0;
    qint64 m_nextId = 1;
    std::function<qint64()> m_now;
};

} // namespace grab::ui

Q_DECLARE_METATYPE(grab::ui::Notice)
