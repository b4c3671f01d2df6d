#pragma once

// A real GrabDesk database in a temporary folder with a fixed clock, for core tests.

#include "base/clock.h"
#include "services/context.h"
#include "services/grab/orderservice.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "store/database.h"
#include "../common/testbackend.h"
#include "store/sql.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace grab::test {

inline const char *kZone = "Asia/Shanghai";

// Local time in the team zone -> epoch ms.
inline qint64 at(const char *iso)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return QDateTime(local.date(), local.time(), QTimeZone(kZone)).toMSecsSinceEpoch();
}

class TestDb
{
public:
    TestDb()
    {
        Database::Options o;
        o.mode = Database::Mode::OpenOrCreate;
        auto opened = Database::open(where(), o);
        if (!opened) {
            qFatal("cannot open the test database: %s", qPrintable(opened.error().message));
        }
        // The "pg" copy of a suite must really run on the server, not fall back to a file.
        if (onServer() != ((*opened)->connection().driverName() == QLatin1String("QPSQL"))) {
            qFatal("the test database is not on the engine this run is for");
        }
        m_db = std::move(*opened);
        clock.set(at("2026-11-25T09:00:00")); // a Wednesday, in the morning peak
        if (auto r = RuleService(ctx()).ensureDefaults(QString::fromLatin1(kZone)); !r) {
            qFatal("cannot create the rules: %s", qPrintable(r.error().message));
        }
    }

    Database &db() { return *m_db; }
    QString path() const { return m_db->path(); }
    Context ctx(const QString &actor = QStringLiteral("test")) { return Context{*m_db, clock, actor}; }

    qint64 grabber(const QString &name, Level level = Level::Junior, std::optional<int> cap = std::nullopt)
    {
        Grabber g;
        g.name = name;
        g.level = level;
        g.dailyCapOverride = cap;
        auto id = TeamService(ctx()).addGrabber(g);
        if (!id) {
            qFatal("addGrabber: %s", qPrintable(id.error().message));
        }
        return *id;
    }
    qint64 customer(Tier tier = Tier::Regular, const QString &region = QStringLiteral("华东"))
    {
        auto id = TeamService(ctx()).addCustomer(Customer{0, QStringLiteral("客户%1").arg(++m_customers), tier, region});
        if (!id) {
            qFatal("addCustomer: %s", qPrintable(id.error().message));
        }
        return *id;
    }
    qint64 order(qint64 customerId, qint64 amountMinor = 100000)
    {
        OrderService::NewOrder n;
        n.customerId = customerId;
        n.amountMinor = amountMinor;
        n.skill = QStringLiteral("云服务");
        auto p = OrderService(ctx()).publish(n);
        if (!p) {
            qFatal("publish: %s", qPrintable(p.error().message));
        }
        return p->id;
    }
    void setRules(const std::function<void(RuleSet &)> &change)
    {
        auto r = RuleService(ctx()).current();
        RuleSet rules = *r;
        change(rules);
        if (auto r = RuleService(ctx()).replace(rules); !r) {
            qFatal("replace rules: %s", qPrintable(r.error().message));
        }
    }
    int count(const QString &sql, std::initializer_list<QVariant> binds = {})
    {
        return scalar(m_db->connection(), sql, binds)->toInt();
    }
    QString text(const QString &sql, std::initializer_list<QVariant> binds = {})
    {
        return scalar(m_db->connection(), sql, binds)->toString();
    }

    FixedClock clock;

private:
    // A file in a temporary folder, or a fresh database on the test cluster (testbackend.h).
    QString where()
    {
        if (onServer()) {
            return m_server.emplace().address();
        }
        return m_dir.filePath(QStringLiteral("test.sqlite"));
    }

    QTemporaryDir m_dir;
    std::optional<ServerDatabase> m_server; // dropped after the database below is closed
    std::unique_ptr<Database> m_db;
    int m_customers = 0;
};

} // namespace grab::test
