#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace grab {

class Database;

// One table as it was copied: its rows, and the SHA-256 of their values (RowDigest), which the
// source and the copy both gave.
struct TableCopied
{
    QString table;
    qint64 rows = 0;
    QByteArray sha256; // hex
};

struct CopyReport
{
    QString from; // the addresses as a person reads them (never a password)
    QString to;
    bool databaseCreated = false; // the file, or the database on the server, did not exist
    bool schemaCreated = false;   // GrabDesk's tables were made in it for the copy
    QList<TableCopied> tables;    // in the order they were copied
    qint64 elapsedMs = 0;

    qint64 rows() const;
};

// Copies a whole team from one database to another, in either direction between a SQLite file
// and a PostgreSQL server (grabctl copy). The source is only read, in one read snapshot, so a
// team still at work copies as of one commit. The target is written in one transaction that
// commits only when every table's row count and digest equal the source's and the target passes
// the same check as `grabctl verify`: any failure on the way leaves it as it was.
// Ids are kept, so the event chain and the seals of locked reviews hold on the copy. The target
// must hold no data yet (an empty database, or none at all); a new one (a file, or a database the server does not have) is created,
// and removed again if the copy fails (a server's database stays, empty).
class TeamCopy final
{
public:
    // Told as the copy goes: a table's rows so far, and once more when the table is finished.
    using Progress = std::function<void(const QString &table, qint64 rows, bool finished)>;

    // A usage error (grabctl's exit 2) when both addresses name the same database.
    static Status checkAddresses(const QString &from, const QString &to);

    // Opens both ends and copies. Exit-6 errors (DatabaseUnusable) for a source or target that
    // cannot be used, a target that already holds a team, and a copy that does not match.
    static Result<CopyReport> copy(const QString &from, const QString &to, const Progress &progress);

    TeamCopy(Database &source, Database &target, Progress progress) : m_source(source), m_target(target), m_progress(std::move(progress)) {}

    // The copy between two open databases, in one transaction on the target.
    Result<CopyReport> run();

    // How often a large table reports its progress, in rows.
    static constexpr qint64 kProgressEvery = 50000;

private:
    struct Column
    {
        QString name;
        int keyPosition = 0; // place in the primary key, from 1; 0 outside it
    };
    struct Table
    {
        QString name;
        QStringList columns;
        QStringList key; // the primary key's columns, in order: the order rows are read in
    };

    Result<QList<Table>> tables();
    Result<QList<Column>> columnsOf(Database &db, const QString &table);
    Status refuseDataInTarget(const QList<Table> &tables);
    Result<TableCopied> copyTable(const Table &table);
    Status insertRows(const Table &table, const QVariantList &values, int rows);
    Result<TableCopied> digestOf(Database &db, const Table &table);
    Status verifyCopy(const QList<TableCopied> &copied, const QList<Table> &tables);

    Database &m_source;
    Database &m_target;
    Progress m_progress;
};

} // namespace grab
