#include "base/plaintext.h"

#include <QTest>

using namespace grab;

namespace {

// A string with one UTF-16 unit spliced in: control characters are clearer built than escaped
// in a literal ("\x7fb" is one character, not two), and a bidi override spelt as a universal
// character name in a literal is what -Wbidi-chars=ucn warns about.
QString with(const QString &before, char16_t c, const QString &after)
{
    return before + QChar(c) + after;
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT
private slots:
    void lineRefuses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<int>("position"); // 1-based, in characters
        QTest::newRow("ESC sequence") << QStringLiteral("Bob\x1b[31mRed") << 0x1Bu << 4;
        QTest::newRow("BEL") << with(QStringLiteral("ding"), 0x07, QStringLiteral("dong")) << 0x07u << 5;
        QTest::newRow("TAB") << with(QStringLiteral("a"), u'\t', QStringLiteral("b")) << 0x09u << 2;
        QTest::newRow("NUL") << with(QStringLiteral("a"), 0x00, QStringLiteral("b")) << 0x00u << 2;
        QTest::newRow("LF") << with(QStringLiteral("one"), u'\n', QStringLiteral("two")) << 0x0Au << 4;
        QTest::newRow("CR") << with(QStringLiteral("one"), u'\r', QStringLiteral("two")) << 0x0Du << 4;
        QTest::newRow("DEL") << with(QStringLiteral("a"), 0x7F, QStringLiteral("b")) << 0x7Fu << 2;
        QTest::newRow("C1 NEL U+0085") << with(QStringLiteral("a"), 0x85, QStringLiteral("b")) << 0x85u << 2;
        QTest::newRow("C1 CSI U+009B") << with(QStringLiteral("a"), 0x9B, QStringLiteral("31m")) << 0x9Bu << 2;
        QTest::newRow("RLO U+202E") << with(QStringLiteral("rtl"), 0x202E, QStringLiteral("gnp.exe")) << 0x202Eu << 4;
        QTest::newRow("LRE U+202A") << with(QString(), 0x202A, QStringLiteral("abc")) << 0x202Au << 1;
        QTest::newRow("LRI U+2066") << with(QStringLiteral("a"), 0x2066, QStringLiteral("b")) << 0x2066u << 2;
        QTest::newRow("PDI U+2069") << with(QStringLiteral("ab"), 0x2069, QString()) << 0x2069u << 3;
        QTest::newRow("RLM U+200F") << with(QStringLiteral("张"), 0x200F, QStringLiteral("伟")) << 0x200Fu << 2;
        QTest::newRow("ALM U+061C") << with(QString(), 0x061C, QStringLiteral("x")) << 0x061Cu << 1;
        QTest::newRow("line separator U+2028") << with(QStringLiteral("a"), 0x2028, QStringLiteral("b")) << 0x2028u << 2;
        // A surrogate pair is one character: the position is the one a person counts.
        QTest::newRow("after an emoji") << with(QStringLiteral("😀"), 0x1B, QStringLiteral("[0m")) << 0x1Bu << 2;
        QTest::newRow("first of several") << with(with(QStringLiteral("a"), 0x202E, QStringLiteral("b")), 0x07, QString()) << 0x202Eu << 2;
    }
    void lineRefuses()
    {
        QFETCH(QString, value);
        QFETCH(uint, codePoint);
        QFETCH(int, position);
        const auto p = plaintext::lineProblem(value);
        QVERIFY(p);
        QCOMPARE(uint(p->codePoint), codePoint);
        QCOMPARE(p->position, qsizetype(position));
        // Free text refuses the same, line breaks aside.
        if (codePoint != 0x0A) {
            QVERIFY(plaintext::multilineProblem(value));
        }
    }

    void lineAccepts_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("CJK") << QStringLiteral("上海恒达贸易（华东）");
        QTest::newRow("Latin with accents") << QStringLiteral("Café Müller, Zürich");
        QTest::newRow("punctuation") << QStringLiteral("O'Brien & Co. — “VIP” 50% off! (#3) [a/b] {c} ~@$^*_+=|;:<>?");
        QTest::newRow("emoji") << QStringLiteral("张伟 😀🎉");
        QTest::newRow("emoji with ZWJ") << QStringLiteral("👨‍👩‍👧 family"); // the joiner U+200D is not refused
        QTest::newRow("Arabic") << QStringLiteral("مرحبا");
        QTest::newRow("a backslash") << QStringLiteral("C:\\x1b is only text");
        QTest::newRow("no-break space") << QStringLiteral("100\u00A0kg");
    }
    void lineAccepts()
    {
        QFETCH(QString, value);
        QVERIFY(!plaintext::lineProblem(value));
        QVERIFY(!plaintext::multilineProblem(value));
        QVERIFY(plaintext::checkLine(value, "grab::Test", "The field contains a control character (%1 at position %2)."));
    }

    void multiline()
    {
        QVERIFY(!plaintext::multilineProblem(QStringLiteral("line one\nline two\n\nline four")));
        QVERIFY(!plaintext::multilineProblem(QStringLiteral("line one\r\nline two\r\n")));
        QVERIFY(!plaintext::multilineProblem(QStringLiteral("第一行\n第二行 😀")));

        const auto esc = plaintext::multilineProblem(with(QStringLiteral("ok\r\nthen "), 0x1B, QStringLiteral("[2J")));
        QVERIFY(esc);
        QCOMPARE(uint(esc->codePoint), 0x1Bu);
        QCOMPARE(esc->position, qsizetype(10));

        // A lone CR moves the cursor back over what was printed: not a line break.
        const auto cr = plaintext::multilineProblem(with(QStringLiteral("paid"), u'\r', QStringLiteral("unpaid")));
        QVERIFY(cr);
        QCOMPARE(uint(cr->codePoint), 0x0Du);
        QVERIFY(plaintext::multilineProblem(with(QStringLiteral("a"), u'\t', QStringLiteral("b"))));
        QVERIFY(plaintext::multilineProblem(with(QStringLiteral("a"), 0x202E, QStringLiteral("b"))));
        QVERIFY(plaintext::multilineProblem(with(QStringLiteral("a\n"), 0x85, QString())));
    }

    void normalisedMultiline()
    {
        QCOMPARE(plaintext::normalisedMultiline(QStringLiteral("a\r\nb\tc\nd")), QStringLiteral("a\nb c\nd"));
        QCOMPARE(plaintext::normalisedMultiline(QStringLiteral("\t- item\r\n")), QStringLiteral(" - item\n"));
        // A lone CR stays, to be refused: guessing what it meant would change the text.
        const QString loneCr = with(QStringLiteral("a"), u'\r', QStringLiteral("b"));
        QCOMPARE(plaintext::normalisedMultiline(loneCr), loneCr);
        QVERIFY(!plaintext::multilineProblem(plaintext::normalisedMultiline(QStringLiteral("x\ty\r\nz"))));
    }

    void message()
    {
        const QString value = QStringLiteral("Bob\x1b[31mRed");
        const Status s = plaintext::checkLine(value, "grab::Test",
                                              "The grabber's name contains a control character (%1 at position %2); names are one line of plain text.");
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
        QCOMPARE(exitCodeFor(s.error().code), 7);
        QCOMPARE(s.error().message,
                 QStringLiteral("The grabber's name contains a control character (U+001B at position 4); names are one line of plain text."));

        const Status m = plaintext::checkMultiline(with(QStringLiteral("fine\nthen "), 0x202E, QStringLiteral("evil")), "grab::Test", "The note has %1 at %2.");
        QVERIFY(!m);
        QCOMPARE(m.error().message, QStringLiteral("The note has U+202E at 11."));
        QVERIFY(plaintext::checkMultiline(QStringLiteral("fine\nand fine"), "grab::Test", "The note has %1 at %2."));

        QCOMPARE((plaintext::Problem{0x1B, 1}).codePointName(), QStringLiteral("U+001B"));
        QCOMPARE((plaintext::Problem{0x202E, 1}).codePointName(), QStringLiteral("U+202E"));
    }

    void escaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("ESC sequence") << QStringLiteral("a\x1b[31mb") << QStringLiteral("a\\x1b[31mb");
        QTest::newRow("RLO") << with(QStringLiteral("rtl"), 0x202E, QStringLiteral("gnp.exe")) << QStringLiteral("rtl\\u202egnp.exe");
        QTest::newRow("line breaks and TAB") << with(with(QStringLiteral("one"), u'\n', QStringLiteral("two")), u'\t', QStringLiteral("three\r"))
                                             << QStringLiteral("one\\ntwo\\tthree\\r");
        QTest::newRow("BEL NUL DEL") << with(with(with(QString(), 0x07, QString()), 0x00, QString()), 0x7F, QString())
                                     << QStringLiteral("\\x07\\x00\\x7f");
        QTest::newRow("C1") << with(QStringLiteral("a"), 0x85, QStringLiteral("b")) << QStringLiteral("a\\u0085b");
        QTest::newRow("isolate and mark") << with(with(with(QString(), 0x2066, QStringLiteral("x")), 0x2069, QString()), 0x200E, QString())
                                          << QStringLiteral("\\u2066x\\u2069\\u200e");
        QTest::newRow("line separator") << with(QStringLiteral("a"), 0x2028, QStringLiteral("b")) << QStringLiteral("a\\u2028b");
        QTest::newRow("plain stays") << QStringLiteral("张伟 😀 O'Brien & Co. — 50%") << QStringLiteral("张伟 😀 O'Brien & Co. — 50%");
        QTest::newRow("a backslash stays") << QStringLiteral("C:\\temp") << QStringLiteral("C:\\temp");
        QTest::newRow("empty") << QString() << QString();
    }
    void escaped()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        const QString out = plaintext::escapedForTerminal(text);
        QCOMPARE(out, shown);
        // Whatever went in, nothing the line check refuses comes out: one record, one line.
        QVERIFY(!plaintext::lineProblem(out));
    }
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
