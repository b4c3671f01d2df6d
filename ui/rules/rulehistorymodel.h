#pragma once

#include "services/rules/ruleservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace grab::ui {

// Every version of the rules, newest first: when (in the team time zone), by whom, and what
// changed against the version before it, one line a change (core's ruleChanges, shown in the
// window's language).
class RuleHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleHistoryModel)

public:
    enum Column { Version, When, By, Changes, ColumnCount };

    explicit RuleHistoryModel(QObject *parent = nullptr);

    // `versions` oldest first, as RuleService::history() gives them; times shown in `zone`.
    void setHistory(const QList<RuleVersion> &versions, const QTimeZone &zone);
    const RuleVersion &version(int row) const { return m_rows.at(row).version; }
    QStringList changes(int row) const { return m_rows.at(row).changes; }
    int rowOf(int version) const; // -1 when not listed
    // Who saved a version, as shown: "Manager" for this window's saves, a name as written.
    static QString actorName(const QString &actor);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        RuleVersion version;
        QString when;
        QStringList changes;
    };
    QList<Row> m_rows;
};

} // namespace grab::ui
