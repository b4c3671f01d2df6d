#pragma once

#include "base/error.h"
#include "store/database.h"

#include <QString>

#include <memory>
#include <optional>

namespace grab::ui {

// Grabber mode's start (`grabdesk --grabber ID`), apart from main() so that it stays thin.

// The --grabber value: a positive whole number, or nullopt.
std::optional<qint64> parseGrabberId(const QString &text);

// Opens an existing database (grabber mode never creates one: a grabber pointed at the wrong
// file should hear so, not get a demo team) and checks that the grabber is in it. Errors:
// DatabaseUnusable (the file is missing or unusable) or NotFound (no such grabber).
Result<std::unique_ptr<Database>> openForGrabber(const QString &path, qint64 grabberId);

} // namespace grab::ui
