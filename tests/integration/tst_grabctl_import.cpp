// grabctl export and import through the real executable: for each entity, export -> import
// into a fresh database -> export again gives the same bytes; an invalid file exits 7, imports
// nothing and writes its report.
#include "grabctlrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace grab::test;

class TstGrabctlImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString kNow = QStringLiteral("--now=2026-11-25T09:00:00+08:00");

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run on(const QString &db, QStringList args)
    {
        return grabctl(QStringList{QStringLiteral("--db"), path(db), kNow} + args);
    }

    // A small team with history: the same commands give the same database, so "team-b" below
    // is team-a without its feedback.
    void makeTeam(const QString &db, bool withFeedback)
    {
        const auto ok = [&](const QStringList &args) {
            const Run r = on(db, args);
            if (r.code != 0) {
                qWarning() << args << r.err;
            }
            return r.code == 0;
        };
        QVERIFY(ok({QStringLiteral("init"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai")}));
        QVERIFY(ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("上海恒达贸易"), QStringLiteral("--tier"),
                    QStringLiteral("vip"), QStringLiteral("--region"), QStringLiteral("华东")}));
        QVERIFY(ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("=HYPERLINK(\"x\"), Ltd"),
                    QStringLiteral("--tier"), QStringLiteral("key"), QStringLiteral("--region"), QStringLiteral("华北")}));
        QVERIFY(ok({QStringLiteral("grabber"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("张伟"), QStringLiteral("--level"),
                    QStringLiteral("senior"), QStringLiteral("--skills"), QStringLiteral("云服务,企业软件"), QStringLiteral("--regions"), QStringLiteral("华东"),
                    QStringLiteral("--daily-cap"), QStringLiteral("12"), QStringLiteral("--hired"), QStringLiteral("2024-03-01")}));
        QVERIFY(ok({QStringLiteral("grabber"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("-李娜"), QStringLiteral("--team"),
                    QStringLiteral("B组")}));
        for (const char *amount : {"25000", "99.5", "120000"}) {
            QVERIFY(ok({QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--amount"), QString::fromLatin1(amount),
                        QStringLiteral("--skill"), QStringLiteral("云服务")}));
        }
        QVERIFY(ok({QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("2"), QStringLiteral("--amount"), QStringLiteral("700"),
                    QStringLiteral("--region"), QStringLiteral("西南"), QStringLiteral("--deadline-minutes"), QStringLiteral("90")}));
        for (const char *order : {"1", "2"}) {
            QVERIFY(ok({QStringLiteral("grab"), QStringLiteral("--order"), QString::fromLatin1(order), QStringLiteral("--grabber"), QStringLiteral("1")}));
        }
        QVERIFY(ok({QStringLiteral("close"), QStringLiteral("--order"), QStringLiteral("1"), QStringLiteral("--outcome"), QStringLiteral("won")}));
        QVERIFY(ok({QStringLiteral("close"), QStringLiteral("--order"), QStringLiteral("2"), QStringLiteral("--outcome"), QStringLiteral("lost")}));
        if (withFeedback) {
            QVERIFY(ok({QStringLiteral("feedback"), QStringLiteral("--order"), QStringLiteral("1"), QStringLiteral("--score"), QStringLiteral("5"),
                        QStringLiteral("--comment"), QStringLiteral("很好,\n\"及时\"")}));
            QVERIFY(ok({QStringLiteral("feedback"), QStringLiteral("--order"), QStringLiteral("2"), QStringLiteral("--score"), QStringLiteral("2"),
                        QStringLiteral("--comment"), QStringLiteral("+慢")}));
        }
    }

    static QByteArray bytes(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        makeTeam(QStringLiteral("team-a.sqlite"), true);
        makeTeam(QStringLiteral("team-b.sqlite"), false);
        makeTeam(QStringLiteral("team-c.sqlite"), false);
        QCOMPARE(on(QStringLiteral("fresh.sqlite"), {QStringLiteral("init"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai")}).code, 0);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QStringList>("exportAs"); // the export command's words after "export"
        QTest::addColumn<QString>("into");         // the database the export is imported into
        QTest::addColumn<int>("rows");
        // In this order: orders need the customers imported before them.
        const QString forImport = QStringLiteral("--for-import");
        QTest::newRow("grabbers") << "grabbers" << QStringList{u"grabbers"_qs} << "fresh.sqlite" << 2;
        QTest::newRow("customers") << "customers" << QStringList{u"customers"_qs} << "fresh.sqlite" << 2;
        QTest::newRow("orders (the open pool)") << "orders" << QStringList{u"pool"_qs, forImport} << "fresh.sqlite" << 2;
        QTest::newRow("feedback") << "feedback" << QStringList{u"feedback"_qs, forImport} << "team-b.sqlite" << 2;
        // A file that states where it came from in a comment block above the header reads back.
        QTest::newRow("feedback, with a comment block")
            << "feedback" << QStringList{u"feedback"_qs, forImport, u"--provenance"_qs, u"comment"_qs} << "team-c.sqlite" << 2;
    }

    void roundTrip()
    {
        QFETCH(QString, entity);
        QFETCH(QStringList, exportAs);
        QFETCH(QString, into);
        QFETCH(int, rows);
        const QString first = path(entity + QStringLiteral("-1.csv"));
        const QString second = path(entity + QStringLiteral("-2.csv"));
        Run r = on(QStringLiteral("team-a.sqlite"), QStringList{QStringLiteral("export")} + exportAs + QStringList{QStringLiteral("--out"), first});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(bytes(first).startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes(first).contains("\r\n# rule version: "), exportAs.contains(u"comment"_qs));
        r = on(into, {QStringLiteral("import"), entity, first});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("Imported %1 ").arg(rows).toUtf8()), r.out.constData());
        r = on(into, QStringList{QStringLiteral("export")} + exportAs + QStringList{QStringLiteral("--out"), second});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(bytes(second), bytes(first));
        QCOMPARE(bytes(first).count("\r\n") >= rows + 1, true);
    }

    void reportExportPrintsRowsBytesAndChecksum()
    {
        const QString file = path(QStringLiteral("orders-report.csv"));
        Run r = on(QStringLiteral("team-a.sqlite"), {QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"), file,
                                                     QStringLiteral("--headers"), QStringLiteral("zh_CN"), QStringLiteral("--provenance"),
                                                     QStringLiteral("sidecar"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QByteArray written = bytes(file);
        QCOMPARE(o.value(u"bytes").toInteger(), written.size());
        QCOMPARE(o.value(u"sha256").toString().toLatin1(), digest(file).toHex());
        QVERIFY(o.value(u"rows").toInteger() >= 2);
        QVERIFY(written.startsWith(QByteArray("\xEF\xBB\xBF") + QStringLiteral("订单号,").toUtf8()));
        QCOMPARE(QJsonDocument::fromJson(bytes(file + QStringLiteral(".json"))).object().value(u"sha256").toString(), o.value(u"sha256").toString());
        // A period is required for the KPIs; a bad option value is a usage error; neither writes a file.
        const QString none = path(QStringLiteral("none.csv"));
        QCOMPARE(on(QStringLiteral("team-a.sqlite"), {QStringLiteral("export"), QStringLiteral("kpis"), QStringLiteral("--out"), none}).code, 2);
        QCOMPARE(on(QStringLiteral("team-a.sqlite"), {QStringLiteral("export"), QStringLiteral("events"), QStringLiteral("--out"), none,
                                                      QStringLiteral("--provenance"), QStringLiteral("footnote")})
                     .code,
                 2);
        QVERIFY(!QFile::exists(none));
    }

    void invalidFileExits7WithAReport()
    {
        const QString file = path(QStringLiteral("bad.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name;tier;region\n好公司;vip;华东\n坏公司;gold;华东\n;key;华北\n");
        f.close();
        const QString report = path(QStringLiteral("report.csv"));
        const Run r = on(QStringLiteral("team-a.sqlite"), {QStringLiteral("import"), QStringLiteral("customers"), file, QStringLiteral("--report"), report});
        QCOMPARE(r.code, 7);
        QVERIFY2(r.err.contains("line 3, tier \"gold\""), r.err.constData());
        QVERIFY2(r.err.contains("nothing imported"), r.err.constData());
        const QByteArray written = bytes(report);
        QVERIFY2(written.contains("3,tier,gold,") && written.contains("4,name,,"), written.constData());
        const Run list = on(QStringLiteral("team-a.sqlite"), {QStringLiteral("customer"), QStringLiteral("list")});
        QVERIFY(!list.out.contains("好公司"));

        const Run skip = on(QStringLiteral("team-a.sqlite"), {QStringLiteral("import"), QStringLiteral("customers"), file, QStringLiteral("--skip-invalid")});
        QCOMPARE(skip.code, 0);
        QVERIFY2(skip.out.contains("Imported 1 customers"), skip.out.constData());
    }

    // The CRM export: refused as it is (naming the column and how to proceed), imported
    // with --map and --ignore; a typo in either changes nothing.
    void mapAndIgnoreColumnsOfACrmExport()
    {
        const QString file = path(QStringLiteral("crm.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("客户名称,客户类型,片区,联系电话,负责人\n映射公司甲,VIP,华东,13812345678,张伟\n映射公司乙,重点,西南,13900001111,王芳\n");
        f.close();
        const QString db = QStringLiteral("team-a.sqlite");
        const Run plain = on(db, {QStringLiteral("import"), QStringLiteral("customers"), file});
        QCOMPARE(plain.code, 7);
        QVERIFY2(plain.err.contains("\"客户类型\"") && plain.err.contains("--map"), plain.err.constData());
        const Run typo = on(db, {QStringLiteral("import"), QStringLiteral("customers"), file, QStringLiteral("--map"),
                                 QStringLiteral("客户类型=tier,片区=region"), QStringLiteral("--ignore"), QStringLiteral("联系电话,负责")});
        QCOMPARE(typo.code, 7);
        QVERIFY2(typo.err.contains("no column \"负责\""), typo.err.constData());
        QCOMPARE(on(db, {QStringLiteral("import"), QStringLiteral("customers"), file, QStringLiteral("--map"), QStringLiteral("客户类型")}).code, 2);
        QVERIFY(!on(db, {QStringLiteral("customer"), QStringLiteral("list")}).out.contains("映射公司甲"));
        const Run ok = on(db, {QStringLiteral("import"), QStringLiteral("customers"), file, QStringLiteral("--map"),
                               QStringLiteral("客户类型=tier,片区=region"), QStringLiteral("--ignore"), QStringLiteral("联系电话,负责人")});
        QVERIFY2(ok.code == 0, ok.err.constData());
        QVERIFY2(ok.out.contains("Imported 2 customers"), ok.out.constData());
        const Run list = on(db, {QStringLiteral("customer"), QStringLiteral("list")});
        QVERIFY(list.out.contains("映射公司甲") && list.out.contains("映射公司乙"));
    }

    void dryRunAndJson()
    {
        const QString file = path(QStringLiteral("dry.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("客户,金额\n上海恒达贸易,10\n");
        f.close();
        const Run r = on(QStringLiteral("team-a.sqlite"), {QStringLiteral("import"), QStringLiteral("orders"), file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("\"valid\": 1") && r.out.contains("\"imported\": 0"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TstGrabctlImport)
#include "tst_grabctl_import.moc"
