#pragma once

// A real GrabDesk database in a temporary folder with a fixed clock, for core tests.

#include "base/clock.h"
#include "services/context.h"
#include "services/grab/orderservice.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "store/database.h"
#include "store/sql.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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
        auto opened = Database::open(m_dir.filePath(QStringLiteral("test.sqlite")), o);
        if (!opened) {
            qFatal("cannot open the test database: %s", qPrintable(opened.error().message));
        }
        m_db = std::move(*opened);
        clock.set(at("2026-11-25T09:00:00")); // a Wednesday, in the morning peak
        if (!RuleService(ctx()).ensureDefaults(QString::fromLatin1(kZone))) {
            qFatal("cannot create the rules");
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
        if (!RuleService(ctx()).replace(rules)) {
            qFatal("replace rules");
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
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_customers = 0;
};

} // namespace grab::test
