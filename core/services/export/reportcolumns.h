#pragma once

#include "exportspec.h"

#include <QStringList>

namespace grab {

// The header of each report: stable English snake_case keys (what scripts rely on; never
// renamed) and their natural Chinese names for the GUI in zh_CN. One key means one thing in
// every report (grabber_id is always the grabber's id, amount always yuan with 2 decimals).
class ReportColumns final
{
public:
    static QStringList keys(Report report);
    static QStringList header(Report report, HeaderLanguage language);
    static QString chinese(const QString &key); // the key itself when it has no Chinese name
};

} // namespace grab
