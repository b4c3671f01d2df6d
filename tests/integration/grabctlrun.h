#pragma once

// Running the real grabctl executable from a test (its path comes in the GRABCTL environment
// variable, set by grabdesk_add_test), shared by the grabctl suites.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace grab::test {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

inline Run grabctl(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("GRABCTL"), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
}

inline QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// Wednesday 09:00 and Sunday 09:00 in UTC (the test database's zone): inside and outside the windows.
inline const QString kWednesday = QStringLiteral("2026-11-25T09:00:00Z");
inline const QString kSunday = QStringLiteral("2026-11-29T09:00:00Z");

} // namespace grab::test
