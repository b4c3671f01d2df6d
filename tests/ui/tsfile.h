#pragma once

// Shared by tst_translations and tst_zhcnui: run the project's lupdate over source folders into
// a copy of a .ts file, and read a .ts file's messages. GRABDESK_SOURCE_DIR, GRABDESK_LUPDATE
// and GRABDESK_LUPDATE_OPTIONS come from tests/ui/CMakeLists.txt (configure time).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace tsfile {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

// The folders whose texts the product shows: GRABDESK_TRANSLATION_DIRS (space-separated, relative
// to the source tree) narrows them for a local check of a few folders.
inline QStringList sourceDirs()
{
    const QString narrowed = qEnvironmentVariable("GRABDESK_TRANSLATION_DIRS");
    return narrowed.isEmpty() ? QStringList{QStringLiteral("ui"), QStringLiteral("app/grabdesk"), QStringLiteral("core")}
                              : narrowed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Runs lupdate as the update_translations target does, but keeping obsolete entries so that a
// test can see them. Returns an error text, empty on success.
inline QString runLupdate(const QString &tsCopy, const QStringList &extraOptions = {})
{
    const QDir root(QStringLiteral(GRABDESK_SOURCE_DIR));
    QStringList args = QString::fromUtf8(GRABDESK_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    args.removeAll(QStringLiteral("-no-obsolete"));
    args << extraOptions << QStringLiteral("-I") << root.filePath(QStringLiteral("ui")) << QStringLiteral("-I")
         << root.filePath(QStringLiteral("core"));
    for (const QString &dir : sourceDirs()) {
        args << root.filePath(dir);
    }
    args << QStringLiteral("-ts") << tsCopy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(GRABDESK_LUPDATE), args);
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        return QStringLiteral("lupdate failed: %1 %2").arg(lupdate.errorString(), QString::fromLocal8Bit(lupdate.readAllStandardError()));
    }
    return {};
}

inline QList<Message> read(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages << m;
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.translations << xml.readElementText();
            }
        } else if (name == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

} // namespace tsfile
