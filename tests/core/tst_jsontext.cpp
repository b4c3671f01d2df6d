#include "base/jsontext.h"
#include "base/phrase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace grab;

namespace {

QByteArray qtCompact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString withUnit(const QString &before, char16_t c, const QString &after)
{
    return before + QChar(c) + after;
}

} // namespace

// JsonText writes event payloads without a QJsonObject. The event chain hashes the stored text,
// and the golden exports compare it, so it must be exactly what Qt's writer makes.
class TestJsonText : public QObject
{
    Q_OBJECT
private slots:
    void stringsAsQtWritesThem_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << QStringLiteral("Order 12 is lost, not open.");
        QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" to C:\\temp");
        QTest::newRow("named controls") << QStringLiteral("a\bb\fc\nd\re\tf");
        QTest::newRow("other controls") << withUnit(QStringLiteral("bell"), 0x07, withUnit(QStringLiteral("esc"), 0x1b, QStringLiteral("del\x7f")));
        QTest::newRow("Chinese") << QStringLiteral("谢宇 抢单成功：优先级 P1，金额 ¥125,628");
        QTest::newRow("two-byte") << QStringLiteral("Zoë · café — naïve");
        QTest::newRow("astral (a surrogate pair)") << QString::fromUcs4(U"rocket \U0001F680 done");
        QTest::newRow("lone high surrogate") << withUnit(QStringLiteral("x"), 0xd83d, QStringLiteral("y"));
        QTest::newRow("lone low surrogate") << withUnit(QStringLiteral("x"), 0xde80, QStringLiteral("y"));
        QTest::newRow("high surrogate at the end") << withUnit(QStringLiteral("x"), 0xd83d, QString());
        QTest::newRow("slash and unicode line separator") << withUnit(QStringLiteral("a/b"), 0x2028, QStringLiteral("c"));
    }
    void stringsAsQtWritesThem()
    {
        QFETCH(QString, value);
        QCOMPARE(JsonText().field("v", value).text(), qtCompact(QJsonObject{{QStringLiteral("v"), value}}));
        // From UTF-8 (a phrase's context and source): what Qt writes for the decoded text.
        const QByteArray utf8 = value.toUtf8();
        QByteArray fromUtf8;
        JsonText::appendUtf8String(fromUtf8, utf8);
        QCOMPARE(JsonText().raw("v", fromUtf8).text(), qtCompact(QJsonObject{{QStringLiteral("v"), QString::fromUtf8(utf8)}}));
    }

    void keysSortedValuesTyped()
    {
        const QJsonObject nested{{QStringLiteral("zone"), QStringLiteral("Asia/Shanghai")}, {QStringLiteral("at"), qint64(1764979200000)}};
        const QJsonObject qt{{QStringLiteral("window"), QStringLiteral("morning")},
                             {QStringLiteral("why"), QStringLiteral("Allowed")},
                             {QStringLiteral("waitedMs"), qint64(-5)},
                             {QStringLiteral("widened"), true},
                             {QStringLiteral("holder"), QJsonValue()},
                             {QStringLiteral("big"), qint64(9007199254740993)},
                             {QStringLiteral("nested"), nested},
                             {QStringLiteral("list"), QJsonArray{QStringLiteral("a"), nested}},
                             {QStringLiteral("off"), false}};
        JsonText n;
        n.field("zone", QStringLiteral("Asia/Shanghai")).field("at", qint64(1764979200000));
        QByteArray a;
        JsonText::appendString(a, QStringLiteral("a"));
        JsonText ours;
        ours.field("window", QStringLiteral("morning"))
            .field("why", QStringLiteral("Allowed"))
            .field("waitedMs", qint64(-5))
            .field("widened", true)
            .null("holder")
            .field("big", qint64(9007199254740993))
            .field("nested", n)
            .raw("list", JsonText::array({a, n.text()}))
            .field("off", false);
        QCOMPARE(ours.text(), qtCompact(qt));
        QCOMPARE(JsonText().text(), qtCompact(QJsonObject()));
    }

    // A phrase's stored form: {"args", "ctx", "src"} with nested phrases as objects, {"text"} for
    // plain text, {"at", "text", "zone"} for a local time. Written here as the tree it was.
    void phraseTextIsItsObject()
    {
        Phrase inner("grab::Eligibility", "%1 has reached the daily cap of %2.");
        inner.arg(QStringLiteral("谢宇 \"Xie\"")).arg(qint64(25));
        Phrase outer("grab::ViolationService", "Grab attempt refused: %1");
        outer.arg(inner);
        const QJsonObject innerTree{{QStringLiteral("ctx"), QStringLiteral("grab::Eligibility")},
                                    {QStringLiteral("src"), QStringLiteral("%1 has reached the daily cap of %2.")},
                                    {QStringLiteral("args"), QJsonArray{QStringLiteral("谢宇 \"Xie\""), QStringLiteral("25")}}};
        const QJsonObject outerTree{{QStringLiteral("ctx"), QStringLiteral("grab::ViolationService")},
                                    {QStringLiteral("src"), QStringLiteral("Grab attempt refused: %1")},
                                    {QStringLiteral("args"), QJsonArray{innerTree}}};
        QCOMPARE(outer.toJsonText(), qtCompact(outerTree));
        QCOMPARE(outer.toJson(), outerTree);
        QCOMPARE(Phrase::fromJson(outer.toJson()).english(), QStringLiteral("Grab attempt refused: 谢宇 \"Xie\" has reached the daily cap of 25."));

        QCOMPARE(Phrase::plain(QStringLiteral("lead")).toJsonText(), qtCompact(QJsonObject{{QStringLiteral("text"), QStringLiteral("lead")}}));
        const Phrase at = Phrase::localTime(1764979200000, QStringLiteral("Asia/Shanghai"));
        QCOMPARE(at.toJsonText(), qtCompact(QJsonObject{{QStringLiteral("text"), at.english()},
                                                        {QStringLiteral("at"), qint64(1764979200000)},
                                                        {QStringLiteral("zone"), QStringLiteral("Asia/Shanghai")}}));
        QCOMPARE(Phrase().toJsonText(), qtCompact(QJsonObject{{QStringLiteral("text"), QString()}}));
    }
};

QTEST_APPLESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
