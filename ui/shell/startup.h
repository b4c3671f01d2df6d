#pragma once

#include "base/error.h"
#include "store/database.h"

#include <memory>

namespace grab::ui {

// What the window opens on. On a first run (the file does not exist yet) a demo team is
// generated there, so that a new manager sees a living board instead of an empty one.
struct OpenedDatabase
{
    std::unique_ptr<Database> db;
    bool createdDemo = false;
    int demoGrabbers = 0;
    int demoOrders = 0;
    int demoDays = 0;
};

// Opens `path`, or creates it with the demo generator when it does not exist. A server's address
// (postgresql://) is only opened: an empty or foreign database there is an error, never a demo. The folder of
// the default location is created; any other missing folder is an error. Errors come back as
// values (a corrupt, foreign or newer file is left untouched); nothing here shows a dialog.
Result<OpenedDatabase> openOrCreateDemo(const QString &path, bool isDefaultLocation);

} // namespace grab::ui
