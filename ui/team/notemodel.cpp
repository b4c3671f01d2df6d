#include "notemodel.h"

#include "teamtext.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>

namespace grab::ui {

// internalId: 0 for a note (a top-level row), note row + 1 for an action item beneath it.

NoteModel::NoteModel(QObject *parent) : QAbstractItemModel(parent) {}

void NoteModel::setNotes(const QList<Note> &notes, const QDate &today, std::optional<qint64> owner)
{
    beginResetModel();
    m_notes = notes;
    m_today = today;
    m_owner = owner;
    endResetModel();
}

QModelIndex NoteModel::noteIndex(qint64 noteId) const
{
    for (int r = 0; r < m_notes.size(); ++r) {
        if (m_notes.at(r).id == noteId) {
            return index(r, 0);
        }
    }
    return {};
}

QModelIndex NoteModel::actionIndex(qint64 actionId) const
{
    for (int r = 0; r < m_notes.size(); ++r) {
        const QList<ActionItem> &actions = m_notes.at(r).actions;
        for (int a = 0; a < actions.size(); ++a) {
            if (actions.at(a).id == actionId) {
                return createIndex(a, 0, quintptr(r + 1));
            }
        }
    }
    return {};
}

const Note *NoteModel::noteAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    const qsizetype row = index.internalId() == 0 ? index.row() : qsizetype(index.internalId() - 1);
    return row < m_notes.size() ? &m_notes.at(row) : nullptr;
}

const ActionItem *NoteModel::actionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0) {
        return nullptr;
    }
    const Note *n = noteAt(index);
    return n && index.row() < n->actions.size() ? &n->actions.at(index.row()) : nullptr;
}

int NoteModel::openActionCount() const
{
    int open = 0;
    for (const Note &n : m_notes) {
        open += int(std::count_if(n.actions.cbegin(), n.actions.cend(), [](const ActionItem &a) { return !a.isDone(); }));
    }
    return open;
}

QModelIndex NoteModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_notes.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_notes.size()) {
        return {};
    }
    return row < m_notes.at(parent.row()).actions.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex NoteModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int NoteModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_notes.size());
    }
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < m_notes.size()) {
        return int(m_notes.at(parent.row()).actions.size());
    }
    return 0;
}

int NoteModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (const ActionItem *a = actionAt(index)) {
        return actionData(*a, index.column(), role);
    }
    if (const Note *n = noteAt(index)) {
        return noteData(*n, index.column(), role);
    }
    return {};
}

QVariant NoteModel::noteData(const Note &n, int column, int role) const
{
    switch (role) {
    case NoteIdRole:
        return n.id;
    case Qt::DisplayRole:
        switch (column) {
        case Item: {
            const QString title = n.title.isEmpty() ? n.body.section(u'\n', 0, 0).left(60) : n.title;
            return QStringLiteral("%1 · %2 · %3").arg(TeamText::date(n.heldOn), TeamText::kind(n.kind), title);
        }
        case Owner: return n.grabberId ? n.grabberName : tr("Team");
        case State: {
            if (n.actions.isEmpty()) {
                return tr("No action items");
            }
            const auto done = std::count_if(n.actions.cbegin(), n.actions.cend(), [](const ActionItem &a) { return a.isDone(); });
            return tr("%1 of %2 done").arg(done).arg(n.actions.size());
        }
        default: break;
        }
        break;
    case Qt::FontRole:
        if (column == Item) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("%1, %2, written by %3").arg(TeamText::kind(n.kind), TeamText::date(n.heldOn), n.author);
        if (!n.body.isEmpty()) {
            tip += QStringLiteral("\n\n") + n.body;
        }
        return tip;
    }
    default:
        break;
    }
    return {};
}

QVariant NoteModel::actionData(const ActionItem &a, int column, int role) const
{
    const DueState state = a.dueState(m_today);
    const DueState flagged = isOthers(a) ? DueState::None : state; // others' items are muted
    switch (role) {
    case NoteIdRole:
        return a.noteId;
    case ActionIdRole:
        return a.id;
    case DueStateRole:
        return int(state);
    case Qt::CheckStateRole:
        if (column == Item) {
            return a.isDone() ? Qt::Checked : Qt::Unchecked;
        }
        break;
    case Qt::DisplayRole:
        switch (column) {
        case Item: return a.text;
        case Owner: return a.ownerName;
        case Due: return TeamText::date(a.dueOn);
        case State:
            if (a.isDone()) {
                return tr("Done %1").arg(QDateTime::fromMSecsSinceEpoch(*a.doneAt).date().toString(Qt::ISODate));
            }
            return state == DueState::None ? tr("Open") : TeamText::dueShort(a.dueOn, m_today, state);
        default: break;
        }
        break;
    case Qt::BackgroundRole:
        if (flagged != DueState::None) {
            return QBrush(TeamText::background(flagged));
        }
        break;
    case Qt::ForegroundRole:
        if (flagged != DueState::None && (column == State || column == Due)) {
            return QBrush(TeamText::foreground(flagged));
        }
        if (a.isDone() || isOthers(a)) {
            return QBrush(QColor(0x6b, 0x6f, 0x76));
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = TeamText::actionWhy(a, m_today);
        if (tip.isEmpty()) {
            tip = a.isDone() ? tr("Done. Untick it to reopen.") : tr("Open. Tick it when it is done.");
        }
        return isOthers(a) ? tr("%1's item. %2").arg(a.ownerName, tip) : tip;
    }
    default:
        break;
    }
    return {};
}

bool NoteModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ActionItem *a = actionAt(index);
    if (!a || role != Qt::CheckStateRole || index.column() != Item) {
        return false;
    }
    const bool done = value.toInt() == Qt::Checked;
    if (done != a->isDone()) {
        emit toggleRequested(a->id, done);
    }
    return false; // the page writes it and reloads: the model shows only what is stored
}

Qt::ItemFlags NoteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (actionAt(index) && index.column() == Item) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant NoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Item: return tr("Note / action item");
    case Owner: return tr("With / owner");
    case Due: return tr("Due by");
    case State: return tr("State");
    default: break;
    }
    return {};
}

} // namespace grab::ui
