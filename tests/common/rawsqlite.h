#pragma once

// A database file touched the way any other program would, with SQLite alone and none of
// GrabDesk's checks: how the tests tamper with a file, damage it, build an old one, or read
// what is really stored. Each call opens its own connection and closes it before returning,
// so no lock outlives it.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace grab::test {

// Runs the statements in order; returns the first error's text, or "" when all succeeded.
inline QString rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("rawsqlite");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    error = q.lastError().text().isEmpty() ? QStringLiteral("failed: %1").arg(sql) : q.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The first column of the first row, or an invalid QVariant when there is none or it failed.
inline QVariant rawValue(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("rawsqlite");
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                v = q.value(0);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

} // namespace grab::test
