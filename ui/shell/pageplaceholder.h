#pragma once

#include <QWidget>

namespace grab::ui {

// A page whose feature has not arrived yet: its title and one calm sentence saying what it
// will hold, so the navigation never leads to a blank screen.
class PagePlaceholder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagePlaceholder)

public:
    PagePlaceholder(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace grab::ui
