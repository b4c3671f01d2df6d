// The house's rules, checked on every #include "..." of core/, ui/ and app/ (docs/architecture.md
// opens with the map they keep):
//   - core/ includes nothing of ui/ or app/; ui/ includes nothing of app/;
//   - inside core/, a folder includes only its own layer and the layers below it:
//       base < domain, io < store < services < live < demo, testbed < sim
//   - inside ui/, a feature folder includes only itself and common/; common/ includes no
//     feature; shell/ (which assembles the window) may include any feature, and nothing
//     includes shell/.
// An include is resolved as the compiler would: the including file's folder first, then the
// include roots (core/, ui/, app/grabctl/).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kRoot = QStringLiteral(GRABDESK_SOURCE_DIR);

const QHash<QString, int> kCoreLayer{{QStringLiteral("base"), 0},     {QStringLiteral("domain"), 1}, {QStringLiteral("io"), 1},
                                     {QStringLiteral("store"), 2},    {QStringLiteral("services"), 3}, {QStringLiteral("live"), 4},
                                     {QStringLiteral("demo"), 5},     {QStringLiteral("testbed"), 5}, {QStringLiteral("sim"), 6}};

struct Include
{
    QString from; // relative to the root, e.g. "ui/board/boardpage.cpp"
    QString to;   // the file it names, resolved, e.g. "ui/common/appsettings.h"
    int line = 0;
};

// Every project include of the files under `folders`, resolved to a file of the tree.
QList<Include> includesUnder(const QStringList &folders)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
    const QStringList roots{QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app/grabctl"), QStringLiteral("xlsx")};
    const QDir root(kRoot);
    QList<Include> out;
    for (const QString &folder : folders) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString rel = root.relativeFilePath(file);
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            int n = 0;
            while (!f.atEnd()) {
                ++n;
                const QRegularExpressionMatch m = include.match(QString::fromUtf8(f.readLine()));
                if (!m.hasMatch()) {
                    continue;
                }
                QStringList candidates{QDir::cleanPath(QFileInfo(rel).path() + u'/' + m.captured(1))};
                for (const QString &r : roots) {
                    candidates << QDir::cleanPath(r + u'/' + m.captured(1));
                }
                for (const QString &c : candidates) {
                    if (QFileInfo::exists(root.filePath(c))) {
                        out.append(Include{rel, c, n});
                        break;
                    }
                }
            }
        }
    }
    return out;
}

// "core/services/grab/x.h" -> "services"; "ui/board/x.h" -> "board"; "app/grabctl/x.h" -> "grabctl".
QString folderOf(const QString &path)
{
    return path.section(u'/', 1, 1);
}

QString describe(const Include &i)
{
    return QStringLiteral("%1:%2 includes %3").arg(i.from).arg(i.line).arg(i.to);
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void theTreeIsThere()
    {
        // A test that reads nothing would pass on anything: it must see the whole tree.
        QVERIFY(includesUnder({QStringLiteral("core")}).size() > 500);
        QVERIFY(includesUnder({QStringLiteral("ui")}).size() > 300);
    }

    void coreKnowsNoScreenAndNoProgram()
    {
        QStringList wrong;
        for (const Include &i : includesUnder({QStringLiteral("core")})) {
            if (!i.to.startsWith(QLatin1String("core/"))) {
                wrong << describe(i);
            }
        }
        for (const Include &i : includesUnder({QStringLiteral("ui")})) {
            if (i.to.startsWith(QLatin1String("app/"))) {
                wrong << describe(i);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // xlsx/ (the workbook writer, which links libxlsxwriter) stands on core alone; only grabctl
    // and the Reports page use it.
    void theWorkbookLibraryStandsOnCore()
    {
        QStringList wrong;
        const auto xlsx = includesUnder({QStringLiteral("xlsx")});
        QVERIFY(xlsx.size() > 5);
        for (const Include &i : xlsx) {
            if (!i.to.startsWith(QLatin1String("core/")) && !i.to.startsWith(QLatin1String("xlsx/"))) {
                wrong << describe(i);
            }
        }
        for (const Include &i : includesUnder({QStringLiteral("ui"), QStringLiteral("app")})) {
            if (i.to.startsWith(QLatin1String("xlsx/")) && !i.from.startsWith(QLatin1String("ui/reports/"))
                && !i.from.startsWith(QLatin1String("app/grabctl/"))) {
                wrong << describe(i);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void coreLayersLookOnlyDown()
    {
        QStringList wrong;
        for (const Include &i : includesUnder({QStringLiteral("core")})) {
            const QString from = folderOf(i.from);
            const QString to = folderOf(i.to);
            if (!kCoreLayer.contains(from) || !kCoreLayer.contains(to)) {
                wrong << QStringLiteral("%1: a folder of core/ without a layer (add it to kCoreLayer and to the map)").arg(describe(i));
            } else if (from != to && kCoreLayer.value(to) >= kCoreLayer.value(from)) {
                wrong << QStringLiteral("%1: %2 may not include %3").arg(describe(i), from, to);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void uiFeaturesIncludeOnlyThemselvesAndCommon()
    {
        QStringList wrong;
        for (const Include &i : includesUnder({QStringLiteral("ui")})) {
            if (!i.to.startsWith(QLatin1String("ui/"))) {
                continue; // core: any ui folder may use it
            }
            const QString from = folderOf(i.from);
            const QString to = folderOf(i.to);
            if (from == to) {
                continue;
            }
            if (to == QLatin1String("shell")) {
                wrong << QStringLiteral("%1: nothing includes the shell").arg(describe(i));
            } else if (to == QLatin1String("common")) {
                continue; // what the features share
            } else if (from == QLatin1String("common")) {
                wrong << QStringLiteral("%1: common/ includes no feature").arg(describe(i));
            } else if (from != QLatin1String("shell")) {
                wrong << QStringLiteral("%1: the feature %2 includes the feature %3 (move what they share to common/)").arg(describe(i), from, to);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
