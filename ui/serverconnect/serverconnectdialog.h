#pragma once

#include "store/databaselocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace grab::ui {

// File ▸ Connect to a team server…: the fields of a postgresql:// address, a password that
// never goes into the address or GrabDesk's settings (libpq's ~/.pgpass, mode 0600, if the
// person asks; otherwise only the new window's environment), and a test that connects without
// freezing the window and says in one sentence what it found.
class ServerConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnectDialog)

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);
    ~ServerConnectDialog() override;

    // The address the fields make (no password in it), or an error sentence.
    Result<DatabaseLocation> location() const;
    QString address() const;
    QString password() const;
    bool remembersPassword() const;
    // The sentence of the last test or connection attempt.
    QString status() const;

public slots:
    void testConnection();

signals:
    // Accepted: open this address (the password, if not remembered, goes along in PGPASSWORD).
    void connectRequested(const QString &address, const QString &password);
    void tested(bool ok);

private:
    void accept() override;
    void showStatus(bool ok, const QString &text);
    void updateAddress();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_testing = false;
};

} // namespace grab::ui
