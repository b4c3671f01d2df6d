// AtomicFile: a file is written whole or not at all, and a failure says so with its cause. The
// faults are real: a file size limit (RLIMIT_FSIZE) makes the kernel refuse a write, as a full
// disk does; tst_datasafety does the same with a full tmpfs through grabctl.
#include "io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace grab;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Limits the size of any file this process writes, for the life of the object: writes past it
// fail with EFBIG instead of killing the process with SIGXFSZ.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT
private slots:
    void replacesTheTargetWholeAndFollowsTheUmask()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.csv"));
        writeFile(target, "old\n");
        const mode_t before = ::umask(027);
        {
            AtomicFile f(target);
            QVERIFY(f.open());
            QVERIFY(f.write(QByteArray("a,b\r\n1,2\r\n")));
            QCOMPARE(readAll(target), QByteArray("old\n")); // nothing replaced before commit
            QVERIFY(f.commit());
            QCOMPARE(f.bytesWritten(), 10);
        }
        ::umask(before);
        QCOMPARE(readAll(target), QByteArray("a,b\r\n1,2\r\n"));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0640)); // a document follows the umask
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.csv")});
    }

    void aPrivateModeIsKeptWhateverTheUmask()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        const mode_t before = ::umask(0);
        {
            AtomicFile f(target, 0600);
            QVERIFY(f.open());
            QVERIFY(f.write(QByteArray("x")));
            QVERIFY(f.commit());
        }
        ::umask(before);
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    // The kernel refuses the bytes: the old file stays, no temporary file is left, and the error
    // says how much of what was meant got written.
    void aRefusedWriteLeavesTheOldFileAndSaysSo()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("orders.csv"));
        writeFile(target, "the good export\n");
        Error error;
        {
            FileSizeLimit limit(4096);
            QVERIFY(limit.ok());
            AtomicFile f(target);
            QVERIFY(f.open());
            QVERIFY(f.write(QByteArray(3000, 'a')));
            QVERIFY(!f.write(QByteArray(3000, 'b'))); // past 4,096 bytes
            QVERIFY(!f.write(QByteArray(100, 'c')));  // counted, not attempted
            auto s = f.commit();
            QVERIFY(!s);
            error = s.error();
        }
        QCOMPARE(error.code, ErrorCode::DatabaseUnusable); // grabctl's exit 6
        QCOMPARE(error.reason, QStringLiteral("disk_full"));
        QVERIFY2(error.message.contains(QStringLiteral("4,096 of 6,100 bytes written")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("left as it was")), qPrintable(error.message));
        QCOMPARE(readAll(target), QByteArray("the good export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("orders.csv")});
    }

    void nothingWrittenAtAllIsSaidAsZero()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("kpis.csv"));
        Error error;
        {
            FileSizeLimit limit(0);
            QVERIFY(limit.ok());
            AtomicFile f(target);
            QVERIFY(f.open()); // creating an empty file needs no room
            f.write(QByteArray(1154, 'k'));
            auto s = f.commit();
            QVERIFY(!s);
            error = s.error();
        }
        QVERIFY2(error.message.startsWith(QStringLiteral("The file is larger than this system allows: 0 of 1,154 bytes written")),
                 qPrintable(error.message));
        QVERIFY(!QFile::exists(target));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void anUncommittedFileLeavesNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("x.csv"));
        {
            AtomicFile f(target);
            QVERIFY(f.open());
            QVERIFY(f.write(QByteArray("half")));
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void aMissingFolderIsNamed()
    {
        QTemporaryDir dir;
        AtomicFile f(dir.filePath(QStringLiteral("no/such/x.csv")));
        auto s = f.open();
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("does not exist")), qPrintable(s.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
