// The shipped translations are complete: lupdate over every folder with user-visible text, into
// a copy of each .ts, finds no unfinished, obsolete or vanished entry, and every translation keeps
// its source's %1/%2/%n placeholders (a lost %2 shows an English-free but wrong sentence).

#include "tsfile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// %1…%99 (also %L1) and %n, as a sorted list: the same set, each as often.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured(1);
    }
    found.sort();
    return found;
}

QString where(const tsfile::Message &m)
{
    return QStringLiteral("[%1] \"%2\"%3").arg(m.context, m.source, m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyTextTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("zh_CN") << QStringLiteral("translations/grabdesk_zh_CN.ts") << QStringList();
        // English ships only the plural forms ("1 order" / "2 orders").
        QTest::newRow("en plurals") << QStringLiteral("translations/grabdesk_en.ts") << QStringList{QStringLiteral("-pluralonly")};
    }

    void everyTextTranslated()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(file).fileName());
        QVERIFY(QFile::copy(QDir(QStringLiteral(GRABDESK_SOURCE_DIR)).filePath(file), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString failed = tsfile::runLupdate(copy, options);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QString error;
        const QList<tsfile::Message> messages = tsfile::read(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());

        QStringList problems;
        for (const tsfile::Message &m : messages) {
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1: %2").arg(m.type, where(m));
                continue;
            }
            const QStringList expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.isEmpty()) {
                    problems << QStringLiteral("empty translation: %1").arg(where(m));
                } else if (placeholders(t) != expected) {
                    problems << QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(where(m), t);
                }
            }
        }
        if (!problems.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("%1 of %2 entries of %3 need work (update with: cmake --build build --target "
                                            "update_translations):\n  %4")
                                 .arg(problems.size())
                                 .arg(messages.size())
                                 .arg(file, problems.join(QStringLiteral("\n  ")))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
