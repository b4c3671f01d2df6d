#include "base/money.h"

#include <QTest>

using namespace grab;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor"); // -1: rejected
        QTest::newRow("whole") << QStringLiteral("1234") << qint64(123400);
        QTest::newRow("one decimal") << QStringLiteral("1234.5") << qint64(123450);
        QTest::newRow("two decimals") << QStringLiteral("0.07") << qint64(7);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("spaces") << QStringLiteral(" 12.30 ") << qint64(1230);
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
        QTest::newRow("three decimals") << QStringLiteral("1.005") << qint64(-1);
        QTest::newRow("trailing dot") << QStringLiteral("12.") << qint64(-1);
        QTest::newRow("leading dot") << QStringLiteral(".5") << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("12a") << qint64(-1);
        QTest::newRow("exponent") << QStringLiteral("1e3") << qint64(-1);
        QTest::newRow("plus") << QStringLiteral("+5") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("too big") << QStringLiteral("9999999999999999") << qint64(-1);
        QTest::newRow("largest") << QStringLiteral("999999999999999.99") << qint64(99999999999999999);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        const auto parsed = parseMajorUnits(text);
        if (minor < 0) {
            QVERIFY2(!parsed, qPrintable(text));
        } else {
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(*parsed, minor);
        }
    }
    void format()
    {
        QCOMPARE(formatMajorUnits(123456), QStringLiteral("1234.56"));
        QCOMPARE(formatMajorUnits(5), QStringLiteral("0.05"));
        QCOMPARE(formatMajorUnits(-250), QStringLiteral("-2.50"));
        QCOMPARE(formatMajorUnits(0), QStringLiteral("0.00"));
        QCOMPARE(formatMajorUnits(std::numeric_limits<qint64>::min()), QStringLiteral("-92233720368547758.08"));
    }
    void formatGrouped()
    {
        QCOMPARE(formatMajorUnitsGrouped(23802544), QStringLiteral("238,025.44"));
        QCOMPARE(formatMajorUnitsGrouped(60000000), QStringLiteral("600,000.00"));
        QCOMPARE(formatMajorUnitsGrouped(123456789012), QStringLiteral("1,234,567,890.12"));
        QCOMPARE(formatMajorUnitsGrouped(99999), QStringLiteral("999.99"));
        QCOMPARE(formatMajorUnitsGrouped(-100000), QStringLiteral("-1,000.00"));
        QCOMPARE(formatMajorUnitsGrouped(-99900), QStringLiteral("-999.00"));
        QCOMPARE(formatMajorUnitsGrouped(0), QStringLiteral("0.00"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
