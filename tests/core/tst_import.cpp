// ImportService on a real database: each entity's checks and their reasons, all-or-nothing,
// skip-invalid, dry run, cancel, and the events the services write.
#include "testdb.h"

#include "services/grab/grabservice.h"
#include "services/import/importservice.h"

#include <QBuffer>
#include <QStringConverter>
#include <QTest>

using namespace grab;
using namespace grab::test;

class TstImport : public QObject
{
    Q_OBJECT

    static Result<ImportReport> run(TestDb &t, ImportEntity entity, QByteArray csv, ImportService::Options options = {})
    {
        QBuffer buf(&csv);
        buf.open(QIODevice::ReadOnly);
        return ImportService(t.ctx(QStringLiteral("import"))).import(entity, &buf, options);
    }

    static QByteArray customers(int n, int badAt = -1)
    {
        QByteArray csv("name,tier,region\r\n");
        for (int i = 1; i <= n; ++i) {
            csv += QStringLiteral("客户%1,%2,华东\r\n").arg(i).arg(i == badAt ? QStringLiteral("gold") : QStringLiteral("vip")).toUtf8();
        }
        return csv;
    }

private slots:
    void reasons_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        const auto g = int(ImportEntity::Grabbers);
        const auto c = int(ImportEntity::Customers);
        const auto o = int(ImportEntity::Orders);
        const auto f = int(ImportEntity::Feedback);
        QTest::newRow("grabber level") << g << QByteArray("name,level\n甲,junior\n乙,boss\n") << qint64(3) << "level" << "junior, senior or lead";
        QTest::newRow("grabber in the team") << g << QByteArray("姓名\n老员工\n") << qint64(2) << "姓名" << "already in the team";
        QTest::newRow("grabber twice in the file") << g << QByteArray("name\n甲\n\n甲\n") << qint64(4) << "name" << "on line 2";
        QTest::newRow("grabber cap") << g << QByteArray("name,daily_cap\n甲,-1\n") << qint64(2) << "daily_cap" << "whole number";
        QTest::newRow("grabber hire date") << g << QByteArray("name,hired_on\n甲,2026-13-01\n") << qint64(2) << "hired_on" << "YYYY-MM-DD";
        QTest::newRow("grabber status") << g << QByteArray("name,status\n甲,fired\n") << qint64(2) << "status" << "on_leave";
        QTest::newRow("customer tier") << c << QByteArray("名称,等级,区域\n甲公司,金牌,华东\n") << qint64(2) << "等级" << "vip, key or regular";
        QTest::newRow("customer region") << c << QByteArray("name,tier,region\n甲公司,VIP,\n") << qint64(2) << "region" << "needs a region";
        QTest::newRow("order unknown customer") << o << QByteArray("customer,amount\n不存在公司,100\n") << qint64(2) << "customer"
                                                << "no customer named 不存在公司";
        QTest::newRow("order ambiguous customer") << o << QByteArray("customer,amount\n同名公司,100\n") << qint64(2) << "customer"
                                                  << "2 customers are named 同名公司";
        QTest::newRow("order amount decimals") << o << QByteArray("customer,amount\n1,100.123\n") << qint64(2) << "amount" << "at most 2 decimals";
        QTest::newRow("order amount negative") << o << QByteArray("客户,金额\n1,-5\n") << qint64(2) << "金额" << "not negative";
        QTest::newRow("order history") << o << QByteArray("customer,amount,state\n1,100,won\n") << qint64(2) << "state" << "only open orders";
        QTest::newRow("order in the future") << o << QByteArray("customer,amount,published_at\n1,100,2027-01-01T00:00:00+08:00\n") << qint64(2)
                                             << "published_at" << "future";
        QTest::newRow("order deadline passed") << o << QByteArray("customer,amount,grab_deadline\n1,100,2026/11/25 08:00\n") << qint64(2)
                                               << "grab_deadline" << "already passed";
        QTest::newRow("feedback open order") << f << QByteArray("order_id,score\n1,5\n") << qint64(2) << "order_id" << "won or lost";
        QTest::newRow("feedback no order") << f << QByteArray("订单号,评分\n999,5\n") << qint64(2) << "订单号" << "no order 999";
        QTest::newRow("feedback score") << f << QByteArray("order_id,score,comment\n2,6,too good\n") << qint64(2) << "score" << "1 to 5";
        QTest::newRow("ragged row") << c << QByteArray("name,tier,region\n甲公司,vip\n") << qint64(2) << "" << "2 cells, the header 3";
        QTest::newRow("stray quote") << c << QByteArray("name,tier,region\n甲\"公司,vip,华东\n") << qint64(2) << "name" << "a quote inside a cell";
    }

    void reasons()
    {
        QFETCH(int, entity);
        QFETCH(QByteArray, csv);
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        TestDb t;
        t.grabber(QStringLiteral("老员工"));
        const qint64 c1 = t.customer();
        TeamService(t.ctx()).addCustomer(Customer{0, QStringLiteral("同名公司"), Tier::Key, QStringLiteral("华北")});
        TeamService(t.ctx()).addCustomer(Customer{0, QStringLiteral("同名公司"), Tier::Key, QStringLiteral("华南")});
        t.order(c1); // order 1: open
        const qint64 g = t.grabber(QStringLiteral("赢家"), Level::Senior);
        const qint64 won = t.order(c1, 5000); // order 2: won
        QVERIFY(GrabService(t.ctx()).grab(won, g));
        QVERIFY(OrderService(t.ctx()).close(won, Outcome::Won));
        const int events = t.count(QStringLiteral("SELECT COUNT(*) FROM events"));

        auto report = run(t, ImportEntity(entity), csv);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->refused());
        QCOMPARE(report->imported, 0);
        QVERIFY(!report->issues.isEmpty());
        const ImportIssue &issue = report->issues.constLast();
        QCOMPARE(issue.line, line);
        QCOMPARE(issue.column, column);
        QVERIFY2(issue.reason.contains(reason), qPrintable(issue.reason));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events")), events); // nothing written
    }

    void unknownColumnRefusesTheFile()
    {
        TestDb t;
        auto report = run(t, ImportEntity::Customers, "name,tier,region,colour\nx,vip,华东,red\n");
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::InvalidInput);
        QVERIFY2(report.error().message.contains(QStringLiteral("\"colour\"")), qPrintable(report.error().message));
    }

    // A Chinese CRM's customer export: its own words for the fields are known, its extra
    // columns are read only when someone ignores them, and every mapping mistake is refused.
    void aCrmExportImportsWithMappedAndIgnoredColumns()
    {
        TestDb t;
        const QByteArray crm = "客户名称,客户级别,所属区域,联系电话,负责人\n云帆科技,VIP,华东,13812345678,张伟\n锦程贸易,重点,西南,13900001111,王芳\n";
        const qint64 before = t.count(QStringLiteral("SELECT COUNT(*) FROM customers"));
        auto refused = run(t, ImportEntity::Customers, crm);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("\"联系电话\"")) && refused.error().message.contains(QStringLiteral("ignore")),
                 qPrintable(refused.error().message));
        ImportService::Options options;
        options.columns.ignored = {QStringLiteral("联系电话")};
        refused = run(t, ImportEntity::Customers, crm, options); // 负责人 is still nobody's choice
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("\"负责人\"")), qPrintable(refused.error().message));
        options.columns.ignored << QStringLiteral("负责人");
        auto report = run(t, ImportEntity::Customers, crm, options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->imported, 2);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM customers")), before + 2);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = '云帆科技' AND tier = 'vip' AND region = '华东'")), 1);

        // Mapped by hand: a header GrabDesk does not know, read as a field.
        options.columns = {};
        options.columns.fields.insert(QStringLiteral("客户类型"), QStringLiteral("tier"));
        report = run(t, ImportEntity::Customers, "公司名称,客户类型,大区\n新客户,普通,华北\n", options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->imported, 1);
        // Mistakes: a header the file lacks, a field customers lack, a column mapped and ignored, two columns as one field.
        const auto refusedWith = [&](const ColumnMapping &m, const QByteArray &csv, const QString &reason) {
            ImportService::Options o;
            o.columns = m;
            auto r = run(t, ImportEntity::Customers, csv, o);
            return !r && r.error().reason == reason;
        };
        const QByteArray small = "客户名称,客户类型,区域\nx,vip,华东\n";
        QVERIFY(refusedWith(ColumnMapping{{{QStringLiteral("客户级"), QStringLiteral("tier")}}, {}}, small, QStringLiteral("unknown_mapped_column")));
        QVERIFY(refusedWith(ColumnMapping{{{QStringLiteral("客户类型"), QStringLiteral("tear")}}, {}}, small, QStringLiteral("unknown_field")));
        QVERIFY(refusedWith(ColumnMapping{{}, {QStringLiteral("客户")}}, small, QStringLiteral("unknown_ignored_column")));
        QVERIFY(refusedWith(ColumnMapping{{{QStringLiteral("客户类型"), QStringLiteral("tier")}}, {QStringLiteral("客户类型")}}, small,
                            QStringLiteral("mapped_and_ignored")));
        QVERIFY(refusedWith(ColumnMapping{{{QStringLiteral("客户类型"), QStringLiteral("name")}}, {}}, small, QStringLiteral("repeated_column")));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM customers")), before + 3);
        // grabctl's --map and --ignore
        auto parsed = ColumnMapping::parse(QStringLiteral("客户级别=tier, 所属区域=region"), QStringLiteral("联系电话,负责人"));
        QVERIFY(parsed);
        QCOMPARE(parsed->fields.value(QStringLiteral("所属区域")), QStringLiteral("region"));
        QCOMPARE(parsed->ignored, (QStringList{QStringLiteral("联系电话"), QStringLiteral("负责人")}));
        QVERIFY(!ColumnMapping::parse(QStringLiteral("客户级别"), {}));
    }

    // The wizard's first guesses: from the header, from a CRM's words, from the values.
    void guessesFromNamesAndValues()
    {
        const QStringList header{QStringLiteral("客户名称"), QStringLiteral("客户级别"), QStringLiteral("手机"), QStringLiteral("片区"),
                                 QStringLiteral("客户来源"), QStringLiteral("其他")};
        const QList<QStringList> rows{{QStringLiteral("甲"), QStringLiteral("VIP"), QStringLiteral("138 1234 5678"), QStringLiteral("华东"),
                                       QStringLiteral("展会"), QStringLiteral("x")},
                                      {QStringLiteral("乙"), QStringLiteral("普通"), QStringLiteral("13900001111"), QStringLiteral("西南"),
                                       QStringLiteral("官网"), QStringLiteral("y")}};
        const auto g = columnguess::guess(ImportEntity::Customers, header, rows);
        QCOMPARE(g.size(), 6);
        QCOMPARE(g[0].field, QStringLiteral("name"));
        QCOMPARE(g[1].field, QStringLiteral("tier"));
        QCOMPARE(g[2].kind, ColumnGuess::Kind::Ignore);      // phone numbers, by their values
        QVERIFY(g[2].why.contains(QStringLiteral("phone")));
        QCOMPARE(g[3].field, QStringLiteral("region"));      // region names, by their values
        QCOMPARE(g[4].kind, ColumnGuess::Kind::Ignore);      // a CRM word GrabDesk does not keep
        QCOMPARE(g[5].kind, ColumnGuess::Kind::None);        // nobody can know: the manager chooses
        QCOMPARE(g[1].samples, (QStringList{QStringLiteral("VIP"), QStringLiteral("普通")}));
        // The same header set gives the same key, whatever the case and spaces; another does not.
        QCOMPARE(columnguess::headerSetKey(ImportEntity::Customers, {QStringLiteral(" Name"), QStringLiteral("TIER")}),
                 columnguess::headerSetKey(ImportEntity::Customers, {QStringLiteral("name"), QStringLiteral("tier ")}));
        QVERIFY(columnguess::headerSetKey(ImportEntity::Customers, {QStringLiteral("name")})
                != columnguess::headerSetKey(ImportEntity::Orders, {QStringLiteral("name")}));
    }

    void missingColumnRefusesTheFile()
    {
        TestDb t;
        auto report = run(t, ImportEntity::Orders, "customer,skill\n1,云服务\n");
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(QStringLiteral("\"amount\"")), qPrintable(report.error().message));
    }

    // One bad row among 10,000: nothing is imported, and the report says where.
    void allOrNothing()
    {
        TestDb t;
        const int before = t.count(QStringLiteral("SELECT COUNT(*) FROM customers"));
        auto report = run(t, ImportEntity::Customers, customers(10000, 7321));
        QVERIFY(report);
        QCOMPARE(report->rows, 10000);
        QCOMPARE(report->invalidRows, 1);
        QCOMPARE(report->imported, 0);
        QVERIFY(report->refused());
        QCOMPARE(report->issues.size(), 1);
        QCOMPARE(report->issues[0].line, 7322); // the header is line 1
        QCOMPARE(report->issues[0].column, QStringLiteral("tier"));
        QCOMPARE(report->issues[0].value, QStringLiteral("gold"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM customers")), before);
    }

    void skipInvalidImportsTheRest()
    {
        TestDb t;
        ImportService::Options o;
        o.skipInvalid = true;
        auto report = run(t, ImportEntity::Customers, customers(10000, 7321), o);
        QVERIFY(report);
        QCOMPARE(report->imported, 9999);
        QCOMPARE(report->issues.size(), 1);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM customers")), 9999);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = '客户7321'")), 0);
        // Each customer through the service: one customer_added event each, by the importer.
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'customer_added' AND actor = 'import'")), 9999);
    }

    void dryRunWritesNothing()
    {
        TestDb t;
        ImportService::Options o;
        o.dryRun = true;
        auto report = run(t, ImportEntity::Customers, customers(50), o);
        QVERIFY(report);
        QCOMPARE(report->validRows, 50);
        QCOMPARE(report->imported, 0);
        QVERIFY(!report->refused());
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
    }

    void cancelLeavesTheDatabaseUnchanged_data()
    {
        QTest::addColumn<int>("cancelAtCall");
        QTest::newRow("while reading") << 1;
        QTest::newRow("while writing") << 7; // the read phase calls 5 times for 2,000 rows: mid-transaction
        QTest::newRow("at the very end") << 10; // after the last row, before the commit
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        QFETCH(int, cancelAtCall);
        TestDb t;
        const int events = t.count(QStringLiteral("SELECT COUNT(*) FROM events"));
        ImportService::Options o;
        int calls = 0;
        o.progress = [&](qint64, qint64) { return ++calls < cancelAtCall; };
        auto report = run(t, ImportEntity::Customers, customers(2000), o);
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->imported, 0);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events")), events);
        // The transaction is gone: the next write works.
        QVERIFY(TeamService(t.ctx()).addCustomer(Customer{0, QStringLiteral("之后"), Tier::Key, QStringLiteral("华北")}));
    }

    void gb18030GrabbersWithChineseHeaders()
    {
        TestDb t;
        const QByteArray csv = QStringDecoder("GB18030").isValid()
                                   ? QStringEncoder("GB18030").encode(QStringLiteral("姓名;级别;技能;区域;状态;入职日期\r\n张伟;高级;云服务、企业软件;华东;休假;2024/3/1\r\n"))
                                   : QByteArray();
        QVERIFY(!csv.isEmpty());
        auto report = run(t, ImportEntity::Grabbers, csv);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->encoding, QStringLiteral("GB18030"));
        QCOMPARE(report->imported, 1);
        auto list = TeamService(t.ctx()).grabbers();
        QCOMPARE(list->size(), 1);
        const Grabber &g = list->constFirst();
        QCOMPARE(g.name, QStringLiteral("张伟"));
        QCOMPARE(toString(g.level), QStringLiteral("senior"));
        QCOMPARE(toString(g.status), QStringLiteral("on_leave"));
        QCOMPARE(g.skills, (QStringList{QStringLiteral("云服务"), QStringLiteral("企业软件")}));
        QCOMPARE(g.hiredOn, QDate(2024, 3, 1));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'grabber_added'")), 1);
    }

    // Orders are published through the rules: priority from the tier and amount, the event,
    // the customer's region by default, an Excel amount with separators.
    void ordersArePublished()
    {
        TestDb t;
        const qint64 vip = t.customer(Tier::Vip, QStringLiteral("华南"));
        auto report = run(t, ImportEntity::Orders,
                          QStringLiteral("客户,金额,技能,发布时间\n客户1,\"¥120,000.50\",云服务,2026-11-25 08:30\n%1,99,,\n").arg(vip).toUtf8());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->imported, 2);
        QCOMPARE(t.count(QStringLiteral("SELECT amount FROM orders WHERE id = 1")), 12000050);
        QCOMPARE(t.count(QStringLiteral("SELECT priority FROM orders WHERE id = 1")), 1); // VIP + ≥ 100,000 yuan
        QCOMPARE(t.text(QStringLiteral("SELECT region FROM orders WHERE id = 1")), QStringLiteral("华南"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 'open'")), 2);
        QCOMPARE(scalar(t.db().connection(), QStringLiteral("SELECT published_at FROM orders WHERE id = 1"))->toLongLong(), at("2026-11-25T08:30:00"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'published'")), 2);
        // The same file again: the dated row is a duplicate of the stored order 1.
        auto again = run(t, ImportEntity::Orders, QByteArray("customer,amount,skill,published_at\n1,120000.50,云服务,2026-11-25T08:30:00+08:00\n"));
        QVERIFY(again);
        QVERIFY(again->refused());
        QVERIFY2(again->issues.value(0).reason.contains(QStringLiteral("already order 1")), qPrintable(again->issues.value(0).reason));
    }

    void feedbackCreditsTheAssignee()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("赢家"), Level::Senior);
        const qint64 o = t.order(t.customer(), 5000);
        QVERIFY(GrabService(t.ctx()).grab(o, g));
        QVERIFY(OrderService(t.ctx()).close(o, Outcome::Won));
        auto report = run(t, ImportEntity::Feedback, QStringLiteral("order_id,score,comment\n%1,4,\"'=很好, 及时\"\n").arg(o).toUtf8());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->imported, 1);
        QCOMPARE(t.count(QStringLiteral("SELECT grabber_id FROM feedback WHERE order_id = ?"), {o}), int(g));
        QCOMPARE(t.text(QStringLiteral("SELECT comment FROM feedback WHERE order_id = ?"), {o}), QStringLiteral("=很好, 及时"));
        QCOMPARE(t.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'feedback'")), 1);
    }
};

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
