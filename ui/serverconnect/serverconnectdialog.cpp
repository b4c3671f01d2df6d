#include "serverconnectdialog.h"

#include "store/database.h"
#include "store/pgpass.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

struct Tested
{
    bool ok = false;
    QString text;
};

// Opens the database at `address` (a connection of its own, on the calling thread) with the
// typed password, for this connection only, and says what is there.
Tested tryAddress(const QString &address, const QString &password)
{
    Database::Options options;
    options.password = password;
    Tested t;
    auto db = Database::open(address, options);
    if (!db) {
        t.text = db.error().message;
        return t;
    }
    auto version = (*db)->engineVersion();
    t.ok = true;
    t.text = QCoreApplication::translate("grab::ui::ServerConnectDialog", "Connected: a GrabDesk team on %1.").arg(version ? *version : (*db)->path());
    return t;
}

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a team server"));
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("server.example or 192.168.1.10; empty: this computer"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("grabdesk"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(QStringLiteral("grabdesk"));
    m_user->setObjectName(QStringLiteral("user"));
    m_tls = new QComboBox;
    m_tls->setObjectName(QStringLiteral("tls"));
    m_tls->addItem(tr("Encrypted (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("Encrypted, and the server's certificate checked (verify-full)"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Encrypted when the server offers it (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Not encrypted (only on this computer)"), QStringLiteral("disable"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: ~/.pgpass, or the server's own sign-in"));
    m_remember = new QCheckBox(tr("Remember the password in %1 (readable by you only)").arg(pgpass::filePath()));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_address = new QLabel;
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse); // a URL has no place to wrap: the dialog is made wide enough
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Login:"), m_user);
    form->addRow(tr("Encryption:"), m_tls);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Address:"), m_address);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_test = m_buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("test"));
    QPushButton *open = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("connect"));
    open->setDefault(true);
    connect(m_test, &QPushButton::clicked, this, &ServerConnectDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user}) {
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateAddress);
    }
    connect(m_port, &QSpinBox::valueChanged, this, &ServerConnectDialog::updateAddress);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ServerConnectDialog::updateAddress);
    updateAddress();
    // Room for a long address on one line, beside the labels' column.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("postgresql://grabdesk@server.example:5432/grabdesk?sslmode=verify-full")) +
                    fontMetrics().horizontalAdvance(tr("Encryption:")) + 60);
}

ServerConnectDialog::~ServerConnectDialog() = default;

QString ServerConnectDialog::address() const
{
    // libpq's URI: user@host:port/database?sslmode=…; a socket folder goes in as ?host=.
    const QString host = m_host->text().trimmed();
    const bool folder = host.startsWith(u'/');
    QString text = QStringLiteral("postgresql://");
    if (!m_user->text().trimmed().isEmpty()) {
        text += QString::fromLatin1(QUrl::toPercentEncoding(m_user->text().trimmed())) + u'@';
    }
    if (!folder) {
        text += host;
    }
    if (m_port->value() != 5432) {
        text += u':' + QString::number(m_port->value());
    }
    text += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(m_database->text().trimmed()));
    QStringList query;
    const QString mode = m_tls->currentData().toString();
    if (!host.isEmpty() && !folder && mode != QLatin1String("prefer")) {
        query << QStringLiteral("sslmode=") + mode; // a socket of this computer is never encrypted
    }
    if (folder) {
        query << QStringLiteral("host=") + host;
    }
    if (!query.isEmpty()) {
        text += u'?' + query.join(u'&');
    }
    return text;
}

Result<DatabaseLocation> ServerConnectDialog::location() const
{
    if (m_database->text().trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("Name the team's database on the server."), QStringLiteral("no_database_name"));
    }
    return DatabaseLocation::parse(address());
}

QString ServerConnectDialog::password() const
{
    return m_password->text();
}

bool ServerConnectDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

QString ServerConnectDialog::status() const
{
    return m_status->text();
}

void ServerConnectDialog::updateAddress()
{
    auto where = location();
    m_address->setText(where ? address() : where.error().message);
}

void ServerConnectDialog::showStatus(bool ok, const QString &text)
{
    m_status->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #b01e1e;"));
    m_status->setText(text);
}

void ServerConnectDialog::testConnection()
{
    auto where = location();
    if (!where) {
        showStatus(false, where.error().message);
        emit tested(false);
        return;
    }
    if (m_testing) {
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    showStatus(true, tr("Connecting to %1…").arg(where->display()));
    // On a thread of its own: a server that does not answer takes up to 5 s, and the window
    // must not freeze meanwhile.
    QPointer<ServerConnectDialog> self(this);
    QThread *worker = QThread::create([self, address = address(), password = password()] {
        const Tested t = tryAddress(address, password);
        QMetaObject::invokeMethod(qApp, [self, t] {
            if (!self) {
                return;
            }
            self->m_testing = false;
            self->m_test->setEnabled(true);
            self->showStatus(t.ok, t.text);
            emit self->tested(t.ok);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ServerConnectDialog::accept()
{
    auto where = location();
    if (!where) {
        showStatus(false, where.error().message);
        return;
    }
    if (m_remember->isChecked()) {
        if (m_password->text().isEmpty()) {
            showStatus(false, tr("Type the password to remember it."));
            return;
        }
        if (auto s = pgpass::remember(*where, m_password->text()); !s) {
            showStatus(false, s.error().message);
            return;
        }
    }
    emit connectRequested(address(), m_remember->isChecked() ? QString() : m_password->text());
    QDialog::accept();
}

} // namespace grab::ui
