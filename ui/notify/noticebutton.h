#pragma once

#include "common/notificationcentre.h"

#include <QToolButton>

class QFrame;
class QListView;

namespace grab::ui {

// The notification centre in the window's status bar: a button whose badge counts the unread
// notices ("Notifications · 3"), and a list under it, newest first. Opening the list shows what
// is new in bold; closing it marks everything read. A click on a notice about an order or a
// grabber opens it (activated()).
class NoticeButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeButton)

public:
    explicit NoticeButton(NotificationCentre &centre, QWidget *parent = nullptr);

    void openList();
    void closeList();
    bool isListOpen() const;
    QListView *list() const { return m_list; }

signals:
    void activated(const grab::ui::Notice &notice);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateBadge();

    NotificationCentre &m_centre;
    QFrame *m_panel = nullptr;
    QListView *m_list = nullptr;
};

} // namespace grab::ui
