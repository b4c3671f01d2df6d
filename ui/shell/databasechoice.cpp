#include "databasechoice.h"

#include <QFileInfo>

namespace grab::ui {

DatabaseChoice::Choice DatabaseChoice::choose(const QString &preferred)
{
    Choice c;
    c.path = Database::defaultPath();
    if (preferred.isEmpty() || QFileInfo(preferred).absoluteFilePath() == QFileInfo(c.path).absoluteFilePath()) {
        return c;
    }
    const QFileInfo file(preferred);
    if (!file.exists() || !file.isFile()) {
        c.notice = tr("The default database set in Preferences, %1, was not found, so GrabDesk opened %2. Check the file, "
                      "or choose another in Edit ▸ Preferences.")
                       .arg(preferred, c.path);
        return c;
    }
    c.path = preferred;
    c.isDefaultLocation = false;
    return c;
}

Result<OpenedDatabase> DatabaseChoice::open(const QString &preferred, Choice &choice)
{
    choice = choose(preferred);
    auto opened = openOrCreateDemo(choice.path, choice.isDefaultLocation);
    if (opened || choice.isDefaultLocation) {
        return opened;
    }
    const QString why = opened.error().message;
    choice.path = Database::defaultPath();
    choice.isDefaultLocation = true;
    choice.notice = tr("The default database set in Preferences, %1, could not be opened (%2), so GrabDesk opened %3.")
                        .arg(preferred, why, choice.path);
    return openOrCreateDemo(choice.path, true);
}

} // namespace grab::ui
