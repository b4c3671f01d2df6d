#include "appicon.h"

namespace grab {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/%1x%1/grabdesk.png").arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace grab
