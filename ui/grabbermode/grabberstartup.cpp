#include "grabberstartup.h"

#include "services/team/teamservice.h"

#include <QCoreApplication>

namespace grab::ui {

std::optional<qint64> parseGrabberId(const QString &text)
{
    const QString t = text.trimmed();
    for (const QChar c : t) {
        if (c < u'0' || c > u'9') {
            return std::nullopt; // no sign, no spaces inside, no hex: a plain id
        }
    }
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    if (!ok || id <= 0) {
        return std::nullopt;
    }
    return id;
}

Result<std::unique_ptr<Database>> openForGrabber(const QString &path, qint64 grabberId)
{
    Database::Options options;
    options.mode = Database::Mode::OpenExisting;
    auto db = Database::open(path, options);
    if (!db) {
        return db.error();
    }
    auto grabber = TeamService::grabberCoreIn((*db)->connection(), grabberId);
    if (!grabber) {
        if (grabber.error().code == ErrorCode::NotFound) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("grab::ui::GrabberStartup", "There is no grabber %1 in %2.").arg(grabberId).arg(path),
                             QStringLiteral("no_such_grabber"));
        }
        return grabber.error();
    }
    return std::move(*db);
}

} // namespace grab::ui
