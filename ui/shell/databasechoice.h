#pragma once

#include "startup.h"

#include <QCoreApplication>
#include <QString>

namespace grab::ui {

// Which file grabdesk opens when started without --db: the default database chosen in
// Preferences (AppSettings::defaultDatabase) when it is set and usable, otherwise the usual
// Database::defaultPath() — and then a sentence saying why, for the window's banner and stderr.
class DatabaseChoice final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseChoice)

public:
    struct Choice
    {
        QString path;
        bool isDefaultLocation = true; // Database::defaultPath(): its folder may be created
        QString notice;                // "" unless the preferred file was passed over
    };

    // Without opening anything: the preferred file when it exists, else the usual one.
    static Choice choose(const QString &preferred);
    // Opens the choice; when the preferred file exists but cannot be opened (corrupt, another
    // program's, a newer GrabDesk's), falls back to the usual file and says so in `choice`.
    static Result<OpenedDatabase> open(const QString &preferred, Choice &choice);
};

} // namespace grab::ui
