#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace grab::ui {

AboutDialog::AboutDialog(const QString &databasePath, const QString &engineVersion, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About GrabDesk"));

    auto *icon = new QLabel;
    const QIcon app = QApplication::windowIcon();
    if (!app.isNull()) {
        icon->setPixmap(app.pixmap(64, 64));
    }
    auto *name = new QLabel(tr("GrabDesk %1").arg(QStringLiteral(GRABDESK_VERSION)));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    auto *what = new QLabel(tr("The console for sales managers who run a team of order grabbers: fair rules, live grabs, "
                               "dispatch and appraisal, each decision with its reason."));
    what->setWordWrap(true);
    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *headText = new QVBoxLayout;
    headText->addWidget(name);
    headText->addWidget(what);
    head->addLayout(headText, 1);

    auto *facts = new QFormLayout;
    const auto fact = [facts](const QString &label, const QString &value, const QString &objectName) {
        auto *l = new QLabel(value);
        l->setObjectName(objectName);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse); // a path or version to paste into a bug report
        facts->addRow(label, l);
    };
    const QString qtRuntime = QString::fromLatin1(qVersion());
    fact(tr("Version:"), QStringLiteral(GRABDESK_VERSION), QStringLiteral("aboutVersion"));
    fact(tr("Qt:"), qtRuntime == QLatin1String(QT_VERSION_STR) ? qtRuntime
                                                                : tr("%1 (built with %2)").arg(qtRuntime, QStringLiteral(QT_VERSION_STR)),
         QStringLiteral("aboutQt"));
    fact(tr("Database engine:"), engineVersion, QStringLiteral("aboutSqlite"));
    fact(tr("Database:"), databasePath, QStringLiteral("aboutDatabase"));
    m_versions = QStringLiteral("GrabDesk %1; Qt %2; %3; %4").arg(QStringLiteral(GRABDESK_VERSION), qtRuntime, engineVersion, databasePath);

    // What the package uses and under which licence (the package's copyright file has the texts).
    struct Row
    {
        QString part;
        QString licence;
        QString note;
    };
    const QList<Row> rows{
        {tr("GrabDesk"), QStringLiteral("GPL-3.0-or-later"), tr("This program")},
        {tr("Qt 6 (Core, GUI, Widgets, SQL, Print Support)"), QStringLiteral("LGPL-3.0-only"), tr("The Qt Company and contributors")},
        {tr("Qt Charts"), QStringLiteral("GPL-3.0-only"), tr("The dashboards' charts; the reason GrabDesk is GPL")},
        {tr("SQLite"), tr("Public domain"), tr("The database engine, through Qt's SQLite driver")},
        {tr("Fonts"), QStringLiteral("OFL-1.1"), tr("The system's fonts (Noto CJK for Chinese); none are bundled")},
    };
    m_licences = new QTableWidget(int(rows.size()), 3);
    m_licences->setObjectName(QStringLiteral("licences"));
    m_licences->setHorizontalHeaderLabels({tr("Component"), tr("Licence"), tr("Notes")});
    m_licences->verticalHeader()->hide();
    m_licences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_licences->setSelectionMode(QAbstractItemView::NoSelection);
    m_licences->setFocusPolicy(Qt::NoFocus);
    m_licences->setWordWrap(false);
    for (int r = 0; r < rows.size(); ++r) {
        m_licences->setItem(r, 0, new QTableWidgetItem(rows.at(r).part));
        m_licences->setItem(r, 1, new QTableWidgetItem(rows.at(r).licence));
        m_licences->setItem(r, 2, new QTableWidgetItem(rows.at(r).note));
    }
    m_licences->resizeColumnsToContents();
    m_licences->horizontalHeader()->setStretchLastSection(true);
    // Every row shows, without a scroll bar: the rows' own heights, the header and the frame.
    m_licences->setFixedHeight(m_licences->horizontalHeader()->sizeHint().height() + m_licences->verticalHeader()->length() +
                               2 * m_licences->frameWidth() + 2);
    m_licences->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addSpacing(8);
    layout->addLayout(facts);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Licences of what the package uses:")));
    layout->addWidget(m_licences);
    layout->addStretch(1); // any height the wrapped sentence leaves over goes here, not between the facts
    layout->addWidget(buttons);
    setMinimumWidth(m_licences->horizontalHeader()->length() + 60);
}

QString AboutDialog::versionsText() const
{
    return m_versions;
}

} // namespace grab::ui
