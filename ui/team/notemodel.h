#pragma once

#include "domain/note.h"

#include <QAbstractItemModel>
#include <QDate>

namespace grab::ui {

// Notes with their action items as a two-level tree: a note per top-level row (newest
// first), its action items beneath it with a check box. Ticking one does not change the model:
// it asks (toggleRequested) and the page writes through NoteService, then reloads. Overdue
// open items are red and due-soon ones amber, with a tooltip saying why. On a grabber's page the
// items of a team meeting that others own are shown muted: their lateness is not this grabber's.
class NoteModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteModel)

public:
    enum Column { Item, Owner, Due, State, ColumnCount };
    enum Role {
        NoteIdRole = Qt::UserRole + 1, // on every row: the note's id
        ActionIdRole,                  // on action rows: the item's id (invalid on a note row)
        DueStateRole,
    };

    explicit NoteModel(QObject *parent = nullptr);

    // `owner`: the grabber whose page it is (their items are flagged; others' are muted).
    void setNotes(const QList<Note> &notes, const QDate &today, std::optional<qint64> owner = std::nullopt);
    const QList<Note> &notes() const { return m_notes; }
    // The index (column 0) of a note or of an action item; invalid when absent.
    QModelIndex noteIndex(qint64 noteId) const;
    QModelIndex actionIndex(qint64 actionId) const;
    const Note *noteAt(const QModelIndex &index) const;          // the note of any row
    const ActionItem *actionAt(const QModelIndex &index) const; // nullptr on a note row
    int openActionCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void toggleRequested(qint64 actionId, bool done);

private:
    QVariant noteData(const Note &n, int column, int role) const;
    QVariant actionData(const ActionItem &a, int column, int role) const;

    bool isOthers(const ActionItem &a) const { return m_owner && a.ownerGrabberId != m_owner; }

    QList<Note> m_notes;
    QDate m_today;
    std::optional<qint64> m_owner;
};

} // namespace grab::ui
