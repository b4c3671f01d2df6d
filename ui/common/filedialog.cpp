#include "filedialog.h"

#include <QApplication>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTreeView>
#include <QMimeDatabase>

namespace grab::ui::filedialog {
namespace {

// Type and icon from the file's name and stat() only; never from its content.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo &info) const override
    {
        // The style's generic icons: QFileIconProvider::icon(QFileInfo) asks the platform theme,
        // which sniffs the file.
        return QFileIconProvider::icon(info.isDir() ? QAbstractFileIconProvider::Folder : QAbstractFileIconProvider::File);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir()) {
            return QCoreApplication::translate("grab::ui::FileDialog", "Folder");
        }
        // MatchExtension looks at the name only (MatchDefault opens the file when the name
        // alone is not conclusive, as for *.sqlite, *-wal and *-shm).
        const QMimeType mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return mime.isDefault() ? QCoreApplication::translate("grab::ui::FileDialog", "File") : mime.comment();
    }
};

NameOnlyIconProvider &provider()
{
    static NameOnlyIconProvider p; // outlives every dialog; made on the GUI thread at first use
    return p;
}

QString run(QWidget *parent, QFileDialog::AcceptMode mode, const QString &caption, const QString &start, const QString &filter,
            QFileDialog::Options options)
{
    preventNativeDialogs();
    // The model only reads the folder when events are processed, so setting the provider right
    // after construction is in time: nothing has been listed yet.
    QFileDialog dialog(parent, caption);
    dialog.setIconProvider(&provider());
    dialog.setOptions(options | QFileDialog::DontUseNativeDialog);
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog.setNameFilters(filter.split(QStringLiteral(";;"), Qt::SkipEmptyParts));
    // Qt's default size elides the type and the date of a report's long name: room for them.
    const QFontMetrics fm(dialog.font());
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    dialog.resize(em * 80, fm.height() * 30);
    if (auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
        QHeaderView *header = details->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(0, QHeaderView::Stretch); // the name takes what is left
        header->resizeSection(1, em * 6);                     // size
        header->resizeSection(2, em * 12);                    // type
        header->resizeSection(3, fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + em * 2); // modified
    }
    const QFileInfo info(start);
    if (start.isEmpty()) {
        dialog.setDirectory(QDir::homePath());
    } else if (info.isDir()) {
        dialog.setDirectory(info.absoluteFilePath());
    } else {
        dialog.setDirectory(info.absolutePath());
        dialog.selectFile(info.fileName());
    }
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    return dialog.selectedFiles().value(0);
}

} // namespace

void preventNativeDialogs()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter, QFileDialog::Options options)
{
    return run(parent, QFileDialog::AcceptSave, caption, start, filter, options);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    return run(parent, QFileDialog::AcceptOpen, caption, start, filter, {});
}

} // namespace grab::ui::filedialog
