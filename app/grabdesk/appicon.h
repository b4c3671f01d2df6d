#pragma once

#include <QIcon>

namespace grab {

// GrabDesk's icon at every size shipped in the resources (:/icons/NxN/grabdesk.png), for the
// window and the task bar; the installed copies under the application id serve the launcher.
QIcon appIcon();

} // namespace grab
