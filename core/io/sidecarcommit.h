#pragma once

#include "atomicfile.h"
#include "base/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace grab {

// The last step of a file written with a side-car beside it (a report and FILE.json): the
// side-car is written, both are finished on disk (prepare) before either replaces an older file,
// and then both are committed. A full disk fails before anything is replaced, with both targets
// as they were; a side-car that cannot be renamed after its file was says exactly that.
//
// `file` is an AtomicFile or anything with the same prepare() and commit() (an ExportSink);
// `path` names it in the message. Without `sidecar` only `file` is committed.
template<class File>
Status commitWithSidecar(File &file, const QString &path, const std::optional<std::pair<QString, QByteArray>> &sidecar)
{
    if (auto s = file.prepare(); !s) {
        return s;
    }
    std::optional<AtomicFile> side;
    if (sidecar) {
        side.emplace(sidecar->first);
        if (auto s = side->open(); !s) {
            return s;
        }
        side->write(sidecar->second);
        if (auto s = side->prepare(); !s) {
            return s;
        }
    }
    if (auto s = file.commit(); !s) {
        return s;
    }
    if (side) {
        if (auto s = side->commit(); !s) {
            return makeError(s.error().code, QStringLiteral("Wrote %1 but not its side-car: %2").arg(path, s.error().message), s.error().reason);
        }
    }
    return Done{};
}

} // namespace grab
