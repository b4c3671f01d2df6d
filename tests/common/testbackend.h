#pragma once

// Which engine a store-touching suite runs on. CTest registers each such suite twice (labels
// "sqlite" and "pg"); the "pg" copy runs with GRABDESK_TEST_BACKEND=pg against the throwaway
// cluster of tests/pg/cluster.sh, each test database made fresh on it and dropped afterwards.

#include "store/databaselocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace grab::test {

inline bool onServer()
{
    return qEnvironmentVariable("GRABDESK_TEST_BACKEND") == QLatin1String("pg");
}

// The cluster's address through its Unix socket (line 2 of the fixture's state file), to its
// "postgres" database.
inline QString clusterAddress()
{
    QFile f(qEnvironmentVariable("GRABDESK_TEST_PG_STATE"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("the test cluster's state file is missing (GRABDESK_TEST_PG_STATE; fixture pg_cluster_start)");
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.size() < 2 || lines[1].isEmpty()) {
        qFatal("the test cluster's state file has no address");
    }
    return QString::fromUtf8(lines[1]);
}

// A fresh, empty database on the test cluster; dropped (with any connection still on it) when
// this goes.
class ServerDatabase
{
public:
    ServerDatabase()
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("grabdesk_t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        QString address = clusterAddress();
        address.chop(QStringLiteral("/postgres").size());
        m_address = address + QLatin1Char('/') + m_name;
    }
    ~ServerDatabase() { admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); }
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    const QString &address() const { return m_address; }
    const QString &name() const { return m_name; }

    // Runs one statement on the cluster's "postgres" database (CREATE or DROP DATABASE).
    static void admin(const QString &sql)
    {
        const QString connection = QStringLiteral("grabdesk-test-admin");
        {
            auto location = DatabaseLocation::parse(clusterAddress());
            if (!location) {
                qFatal("the test cluster's address: %s", qPrintable(location.error().message));
            }
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            location->configure(db);
            if (!db.open()) {
                qFatal("cannot reach the test cluster: %s", qPrintable(db.lastError().text()));
            }
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    // Runs the statements in order on a connection of its own to `address`, as any other program
    // would, with none of GrabDesk's checks; the first error's text, or "".
    static QString rawExec(const QString &address, const QStringList &statements)
    {
        const QString connection = QStringLiteral("grabdesk-test-raw");
        QString error;
        {
            auto location = DatabaseLocation::parse(address);
            if (!location) {
                return location.error().message;
            }
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            location->configure(db);
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                for (const QString &sql : statements) {
                    if (!q.exec(sql)) {
                        error = q.lastError().text();
                        break;
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    }

private:
    QString m_name;
    QString m_address;
};

} // namespace grab::test
