#pragma once

#include "domain/types.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QListWidget;

namespace grab::ui {

// "Restrict…": limit an order to named grabbers and/or a minimum level. Nothing ticked and
// no level means open to everyone.
class RestrictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestrictDialog)

public:
    struct Choice
    {
        qint64 grabberId = 0;
        QString label;
    };
    RestrictDialog(const QString &orderLabel, const QList<Choice> &grabbers, const QList<qint64> &onlyGrabbers,
                   std::optional<Level> minLevel, QWidget *parent = nullptr);

    QList<qint64> onlyGrabbers() const;
    std::optional<Level> minLevel() const;
    void setOnlyGrabbers(const QList<qint64> &ids);
    void setMinLevel(std::optional<Level> level);

private:
    QListWidget *m_grabbers = nullptr;
    QComboBox *m_level = nullptr;
};

} // namespace grab::ui
