#pragma once

#include <QDialog>

class QTableWidget;

namespace grab::ui {

// Help ▸ About GrabDesk: what this is, its version, the Qt it runs on (the run-time version,
// which may differ from the one it was built with), the SQLite behind the store, the database
// in use, and the licences of what the package uses, one row each.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    // `engineVersion` as Database::engineVersion() says it ("SQLite 3.40.1"), or why it could not.
    AboutDialog(const QString &databasePath, const QString &engineVersion, QWidget *parent = nullptr);

    QString versionsText() const;
    QTableWidget *licences() const { return m_licences; }

private:
    QString m_versions;
    QTableWidget *m_licences = nullptr;
};

} // namespace grab::ui
