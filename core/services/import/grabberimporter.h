#pragma once

#include "rowimporter.h"
#include "domain/grabber.h"

#include <QHash>

namespace grab {

// Grabbers: a name (not already in the team, nor twice in the file), level, skills, regions,
// status, personal daily cap and hire date; through TeamService::addGrabberIn.
class GrabberImporter final : public RowImporter
{
public:
    Status load(const QSqlDatabase &db) override;
    bool check(const ImportRow &row, QList<ImportIssue> &issues) override;
    qsizetype kept() const override { return m_rows.size(); }
    Status apply(qsizetype i, const Context &ctx) override;

private:
    QHash<QString, qint64> m_names; // name -> the line that brought it, 0 for the database
    QList<Grabber> m_rows;
    QList<qint64> m_lines;
};

} // namespace grab
