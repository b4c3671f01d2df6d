#include "restrictdialog.h"

#include "common/format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace grab::ui {

RestrictDialog::RestrictDialog(const QString &orderLabel, const QList<Choice> &grabbers, const QList<qint64> &onlyGrabbers,
                               std::optional<Level> minLevel, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restrict %1").arg(orderLabel));
    resize(420, 520);
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("minLevel"));
    m_level->addItem(tr("Any level"), 0);
    for (const Level l : {Level::Junior, Level::Senior, Level::Lead}) {
        m_level->addItem(tr("%1 and above").arg(Format::level(l)), int(l));
    }
    m_grabbers = new QListWidget;
    m_grabbers->setObjectName(QStringLiteral("onlyGrabbers"));
    for (const Choice &c : grabbers) {
        auto *item = new QListWidgetItem(c.label, m_grabbers);
        item->setData(Qt::UserRole, c.grabberId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setOnlyGrabbers(onlyGrabbers);
    setMinLevel(minLevel);
    auto *clear = new QPushButton(tr("Open to everyone"));
    connect(clear, &QPushButton::clicked, this, [this] {
        setOnlyGrabbers({});
        setMinLevel(std::nullopt);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Restrict"));
    buttons->addButton(clear, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *hint = new QLabel(tr("Only the ticked grabbers may take it (none ticked: anyone), and only at this level or above. "
                               "Grabs, dispatch and your own assignments all obey it."));
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Minimum level:"), m_level);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Only these grabbers:")));
    layout->addWidget(m_grabbers, 1);
    layout->addWidget(buttons);
}

QList<qint64> RestrictDialog::onlyGrabbers() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_grabbers->count(); ++i) {
        if (m_grabbers->item(i)->checkState() == Qt::Checked) {
            ids << m_grabbers->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    return ids;
}

std::optional<Level> RestrictDialog::minLevel() const
{
    const int l = m_level->currentData().toInt();
    return l ? std::optional<Level>(Level(l)) : std::nullopt;
}

void RestrictDialog::setOnlyGrabbers(const QList<qint64> &ids)
{
    for (int i = 0; i < m_grabbers->count(); ++i) {
        QListWidgetItem *item = m_grabbers->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void RestrictDialog::setMinLevel(std::optional<Level> level)
{
    m_level->setCurrentIndex(m_level->findData(level ? int(*level) : 0));
}

} // namespace grab::ui
