#pragma once

#include "services/import/columnmapping.h"

#include <QTableWidget>

class QComboBox;

namespace grab::ui {

// The import wizard's mapping step: one row per column of the file, with a few of its values,
// what GrabDesk reads it as (a field of the entity, Ignore, or nothing chosen yet) and why that
// was guessed. The manager confirms or changes each choice; a column with no choice keeps the
// file from being checked, so ignoring a column is always someone's decision.
class ColumnMappingTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingTable)

public:
    enum Column { FileColumn, Examples, ReadAs, Why, ColumnCount };

    explicit ColumnMappingTable(QWidget *parent = nullptr);

    // The guesses for a file; `remembered` (one choice per column: a field key, "-" for ignore),
    // when its length matches, replaces them: the manager's earlier answer for this header set.
    void setColumns(ImportEntity entity, const QList<ColumnGuess> &guesses, const QStringList &remembered = {});
    void clearColumns();

    // Every column has a field or is ignored.
    bool isComplete() const;
    int unchosen() const;
    ColumnMapping mapping() const;
    QStringList choices() const; // as `remembered` takes them
    // Sets a column's choice by its file header: a field key, "-" for ignore, "" for none.
    bool choose(const QString &header, const QString &choice);
    QComboBox *choiceBox(int row) const;

signals:
    void mappingChanged();

private:
    void markRow(int row);

    QStringList m_headers;
};

} // namespace grab::ui
