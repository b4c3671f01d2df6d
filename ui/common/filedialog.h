#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace grab::ui {

// Every file dialog of GrabDesk goes through here, never through QFileDialog's static helpers.
//
// Why: listing a folder in a file dialog sniffs each file's content to choose its type and icon
// (QMimeDatabase with MatchDefault opens the file and reads 16 KiB). Opening and closing the
// database's own file, or its -shm, drops every POSIX lock this process holds on it, SQLite's
// included: another process may then believe it is alone, delete the WAL, and one order gets two
// winners. So the dialog is Qt's own (DontUseNativeDialog; on GNOME the GTK chooser runs in the
// process and GIO sniffs files too, which Qt::AA_DontUseNativeDialogs stops), and its icon
// provider decides by the name and stat() alone. The static helpers cannot take a provider.
namespace filedialog {

// Call once at start, before any dialog: no platform (GTK) dialog helper is ever created.
void preventNativeDialogs();

// Ask for a file to write. `start` is a folder or a suggested file path; `filter` as for
// QFileDialog ("CSV files (*.csv);;All files (*)"). Empty when cancelled.
QString saveFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                     QFileDialog::Options options = {});
// Ask for an existing file to read.
QString openFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter);

} // namespace filedialog
} // namespace grab::ui
