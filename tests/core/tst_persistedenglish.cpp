// What is kept stays in English whatever the desktop's language; what is shown is translated.
// A translator that marks every string it translates stands in for zh_CN: a kept text must
// carry no mark, a shown one must.

#include "testdb.h"

#include "domain/eligibility.h"
#include "base/phrase.h"
#include "domain/reviewscoring.h"
#include "domain/reviewsnapshot.h"
#include "domain/ruleset.h"
#include "services/grab/dispatchservice.h"
#include "services/audit/eventlog.h"
#include "services/grab/grabservice.h"

#include <QLocale>
#include <QTimeZone>
#include <QDateTime>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

using namespace grab;
using namespace grab::test;

namespace {

const QString kMark = QStringLiteral("译:");

class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return kMark + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPersistedEnglish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(QCoreApplication::installTranslator(&m_translator)); }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void phraseKeepsEnglishAndShowsTranslated()
    {
        const Phrase p = Phrase("grab::Test", QT_TRANSLATE_NOOP("grab::Test", "%1 took %2.")).arg(QStringLiteral("%2 张伟")).arg(3);
        QCOMPARE(p.english(), QStringLiteral("%2 张伟 took 3.")); // an argument's own "%2" is not filled again
        QCOMPARE(p.shown(), kMark + QStringLiteral("%2 张伟 took 3."));
        const Phrase nested = Phrase("grab::Test", QT_TRANSLATE_NOOP("grab::Test", "level %1")).arg(phraseOf(Level::Senior));
        QCOMPARE(nested.english(), QStringLiteral("level senior"));
        QCOMPARE(nested.shown(), kMark + QStringLiteral("level ") + kMark + QStringLiteral("senior"));
    }

    void refusedGrabLogsEnglishAndTellsTranslated()
    {
        TestDb t;
        const qint64 g = t.grabber(QStringLiteral("张伟"));
        t.clock.set(at("2026-11-25T19:00:00"));
        const qint64 o = t.order(t.customer());
        t.clock.set(at("2026-11-25T21:00:00"));
        auto refused = GrabService(t.ctx()).grab(o, g);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(kMark), qPrintable(refused.error().message));
        QCOMPARE(refused.error().reason, QString::fromLatin1(reason::OutsideWindow)); // codes never change
        const QString why = QJsonDocument::fromJson(t.text(QStringLiteral("SELECT payload FROM events WHERE type = 'grab_rejected'")).toUtf8())
                                .object()
                                .value(QStringLiteral("why"))
                                .toString();
        QVERIFY2(why.startsWith(QStringLiteral("No grab window is open at ")), qPrintable(why));
        QVERIFY(!why.contains(kMark));
        // The phrase kept beside it: a window in another language shows the stored reason in its own.
        const QJsonObject kept = QJsonDocument::fromJson(t.text(QStringLiteral("SELECT payload FROM events WHERE type = 'grab_rejected'")).toUtf8())
                                     .object()
                                     .value(QStringLiteral("whyPhrase"))
                                     .toObject();
        const Phrase again = Phrase::fromJson(kept);
        QCOMPARE(again.english(), why);
        // Translated again at display; the time inside keeps its English form (the writer's
        // locale is not the reader's), the figures are the same.
        QVERIFY2(again.shown().startsWith(kMark + QStringLiteral("No grab window is open at ")), qPrintable(again.shown()));
        QVERIFY(again.shown().contains(QStringLiteral("21:00 (Asia/Shanghai)")));

        // The automatic violation it raised: its note kept in English with the rule's sentence,
        // its phrase shown translated (what the dashboards and the review sheet show).
        const QString note = t.text(QStringLiteral("SELECT note FROM violations WHERE type = 'outside_window'"));
        QCOMPARE(note, QStringLiteral("Grab attempt refused: ") + why);
        const QJsonObject notePhrase =
            QJsonDocument::fromJson(t.text(QStringLiteral("SELECT note_phrase FROM violations WHERE type = 'outside_window'")).toUtf8()).object();
        ReviewViolation v;
        v.note = note;
        v.notePhrase = notePhrase;
        QVERIFY2(v.shownNote().startsWith(kMark + QStringLiteral("Grab attempt refused: ") + kMark), qPrintable(v.shownNote()));
        v.notePhrase = {};
        QCOMPARE(v.shownNote(), note); // a manual note (no phrase) is shown as written
    }

    void priorityExplanationKeepsEnglishAndShowsTranslated()
    {
        const RuleSet rules = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
        const PriorityPolicy::Assessment a = rules.priority.assess(Tier::Vip, 5000000, QStringLiteral("华东"));
        QVERIFY2(a.explanation.startsWith(QStringLiteral("tier vip +")), qPrintable(a.explanation));
        QVERIFY(a.explanation.endsWith(QStringLiteral(" -> P%1").arg(a.priority)));
        QVERIFY(!a.explanation.contains(kMark));
        QCOMPARE(a.why.english(), a.explanation);
        const Phrase back = Phrase::fromJson(a.why.toJson());
        QVERIFY(back.shown().startsWith(kMark));
        QVERIFY(back.shown().contains(kMark + QStringLiteral("vip"))); // the tier's name too
    }

    void phraseRoundTripsThroughJson()
    {
        const Phrase p = Phrase("grab::Test", QT_TRANSLATE_NOOP("grab::Test", "%1 took %2 as %3."))
                             .arg(QStringLiteral("张伟"))
                             .arg(3)
                             .arg(Phrase("grab::Test", QT_TRANSLATE_NOOP("grab::Test", "level %1")).arg(phraseOf(Level::Senior)));
        const QJsonObject o = p.toJson();
        QVERIFY2(!QJsonDocument(o).toJson().contains(kMark.toUtf8()), QJsonDocument(o).toJson().constData()); // kept in English
        const Phrase back = Phrase::fromJson(QJsonDocument::fromJson(QJsonDocument(o).toJson()).object());
        QCOMPARE(back.english(), p.english());
        QCOMPARE(back.shown(), p.shown());
        QCOMPARE(Phrase::fromJson(Phrase::plain(QStringLiteral("B组")).toJson()).shown(), QStringLiteral("B组"));
        // Not a phrase: empty, and the caller shows the stored English instead.
        QVERIFY(Phrase::fromJson(QJsonObject{}).isEmpty());
        QVERIFY(Phrase::fromJson(QJsonObject{{QStringLiteral("ctx"), 3}, {QStringLiteral("src"), QStringLiteral("x")}}).isEmpty());
        QVERIFY(Phrase::fromJson(QJsonObject{{QStringLiteral("ctx"), QStringLiteral("c")},
                                             {QStringLiteral("src"), QStringLiteral("%1")},
                                             {QStringLiteral("args"), QJsonArray{QJsonObject{{QStringLiteral("bad"), 1}}}}})
                    .isEmpty());
    }

    // A time inside a stored reason ("closed until Wed …") is kept as its instant: a window in
    // another language shows the weekday and date in its own, whoever wrote the event.
    void aLocalTimeIsShownInTheReadersLocale()
    {
        const qint64 at = QDateTime(QDate(2026, 11, 25), QTime(21, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
        const Phrase p = Phrase("grab::Test", QT_TRANSLATE_NOOP("grab::Test", "Closed until %1.")).arg(Phrase::localTime(at, QStringLiteral("Asia/Shanghai")));
        QCOMPARE(p.english(), QStringLiteral("Closed until Wed 2026-11-25 21:00."));
        const QByteArray kept = QJsonDocument(p.toJson()).toJson();
        QVERIFY2(!kept.contains("周三"), kept.constData());
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const Phrase back = Phrase::fromJson(QJsonDocument::fromJson(kept).object());
        const QString shown = back.shown();
        QLocale::setDefault(before);
        QCOMPARE(back.english(), p.english());
        QVERIFY2(shown.contains(QStringLiteral("2026-11-25 周三 21:00")), qPrintable(shown));
        // A stored time with an unknown zone is shown as it was kept.
        QJsonObject bad = Phrase::localTime(at, QStringLiteral("Asia/Shanghai")).toJson();
        bad.insert(QStringLiteral("zone"), QStringLiteral("Mars/Olympus"));
        QCOMPARE(Phrase::fromJson(bad).shown(), QStringLiteral("Wed 2026-11-25 21:00"));
    }

    void dispatchLogsEnglishReasons()
    {
        TestDb t;
        t.grabber(QStringLiteral("王芳"), Level::Senior);
        const qint64 o = t.order(t.customer(Tier::Vip));
        auto placed = DispatchService(t.ctx(QStringLiteral("manager"))).dispatch(o);
        QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().message));
        QVERIFY(placed->chosen.detail.startsWith(kMark));       // the strip shows this
        QVERIFY(placed->chosen.factors.first().detail.startsWith(kMark));
        const QByteArray stored = t.text(QStringLiteral("SELECT payload FROM events WHERE type = 'dispatched'")).toUtf8();
        QVERIFY2(!QString::fromUtf8(stored).contains(kMark), stored.constData());
        const QJsonObject payload = QJsonDocument::fromJson(stored).object();
        QVERIFY(payload.value(QStringLiteral("why")).toString().startsWith(QStringLiteral("Eligible; order 1 of")));
        QVERIFY(!payload.value(QStringLiteral("reasons")).toArray().isEmpty());
        QCOMPARE(Phrase::fromJson(payload.value(QStringLiteral("whyPhrase")).toObject()).shown(), placed->chosen.detail);
        const QJsonObject first = payload.value(QStringLiteral("reasons")).toArray().first().toObject();
        QCOMPARE(Phrase::fromJson(first.value(QStringLiteral("detailPhrase")).toObject()).shown(), placed->chosen.factors.first().detail);
    }

    void reviewReasonsKeepAnEnglishCopy()
    {
        const ReviewSettings s = ReviewSettings::defaults();
        const ReviewFinalScore f = reviewscoring::finalScore(80.0, 4, s);
        QVERIFY(f.why.startsWith(kMark));
        QVERIFY2(f.logWhy.startsWith(QStringLiteral("Final ")), qPrintable(f.logWhy));
        QVERIFY(!f.logWhy.contains(kMark));
        QVERIFY(!reviewscoring::formula(s).contains(kMark));
        QVERIFY(reviewscoring::shownFormula(s).startsWith(kMark));
    }

private:
    MarkingTranslator m_translator;
};

QTEST_GUILESS_MAIN(TestPersistedEnglish)
#include "tst_persistedenglish.moc"
