#include "rulehistorymodel.h"

#include "common/format.h"
#include "domain/rulechanges.h"

#include <QDateTime>

namespace grab::ui {

RuleHistoryModel::RuleHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

QString RuleHistoryModel::actorName(const QString &actor)
{
    return Format::actor(actor); // one name for each actor, as the board's activity says it
}

void RuleHistoryModel::setHistory(const QList<RuleVersion> &versions, const QTimeZone &zone)
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        Row row;
        row.version = versions.at(i);
        row.when = Format::dateTime(QDateTime::fromMSecsSinceEpoch(row.version.createdAt, zone));
        if (i == 0) {
            row.changes << tr("First rules of the team");
        } else {
            for (const Phrase &p : ruleChanges(versions.at(i - 1).rules, row.version.rules)) {
                row.changes << p.shown();
            }
            if (row.changes.isEmpty()) {
                row.changes << tr("No change");
            }
        }
        m_rows.append(row);
    }
    endResetModel();
}

int RuleHistoryModel::rowOf(int version) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).version.version == version) {
            return i;
        }
    }
    return -1;
}

int RuleHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Version: return r.version.version;
        case When: return r.when;
        case By: return actorName(r.version.createdBy);
        case Changes:
            // One line in the list; the panel beside it shows every line.
            return r.changes.size() == 1 ? r.changes.first() : tr("%1 (+%2 more)").arg(r.changes.first()).arg(r.changes.size() - 1);
        default: break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Changes) {
        return r.changes.join(u'\n');
    } else if (role == Qt::TextAlignmentRole && index.column() == Version) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RuleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Version: return tr("Version");
    case When: return tr("When");
    case By: return tr("By");
    case Changes: return tr("What changed");
    default: return {};
    }
}

} // namespace grab::ui
