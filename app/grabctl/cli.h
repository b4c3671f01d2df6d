#pragma once

#include <QStringList>
#include <QTextStream>

namespace grab::cli {

// Runs one grabctl invocation (arguments without the program name) and returns its exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace grab::cli
