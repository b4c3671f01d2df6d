#include "grabberdialog.h"

#include "common/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

QStringList listOf(const QString &text)
{
    // "云服务, 安全；数据库" → three: a comma of either width, or a semicolon.
    QStringList out;
    for (QString part : text.split(QRegularExpression(QStringLiteral("[,，;；]")), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (!part.isEmpty() && !out.contains(part)) {
            out << part;
        }
    }
    return out;
}

} // namespace

GrabberDialog::GrabberDialog(const QDate &today, Add add, QWidget *parent) : QDialog(parent), m_add(std::move(add))
{
    setWindowTitle(tr("Add grabber"));
    build(today);
}

GrabberDialog::GrabberDialog(const Grabber &grabber, Edit edit, QWidget *parent) : QDialog(parent), m_original(grabber), m_edit(std::move(edit))
{
    setWindowTitle(tr("Edit %1").arg(grabber.name));
    build(grabber.hiredOn);
    m_name->setText(grabber.name);
    m_team->setText(grabber.team);
    m_level->setCurrentIndex(m_level->findData(int(grabber.level)));
    m_skills->setText(grabber.skills.join(QStringLiteral(", ")));
    m_regions->setText(grabber.regions.join(QStringLiteral(", ")));
    m_status->setCurrentIndex(m_status->findData(int(grabber.status)));
    m_ownCap->setChecked(grabber.dailyCapOverride.has_value());
    m_cap->setValue(grabber.dailyCapOverride.value_or(20));
}

void GrabberDialog::build(const QDate &hired)
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("grabberNameEdit"));
    m_team = new QLineEdit;
    m_team->setPlaceholderText(tr("optional, e.g. 华东一组"));
    m_level = new QComboBox;
    for (const Level l : {Level::Junior, Level::Senior, Level::Lead}) {
        m_level->addItem(Format::level(l), int(l));
    }
    m_skills = new QLineEdit;
    m_skills->setPlaceholderText(tr("product lines, comma-separated, e.g. 云服务, 数据库"));
    m_regions = new QLineEdit;
    m_regions->setPlaceholderText(tr("regions, comma-separated; empty: any region"));
    m_status = new QComboBox;
    for (const GrabberStatus s : {GrabberStatus::Active, GrabberStatus::OnLeave, GrabberStatus::Suspended}) {
        m_status->addItem(Format::status(s), int(s));
    }
    m_ownCap = new QCheckBox(tr("Own daily cap instead of the level's:"));
    m_cap = new QSpinBox;
    m_cap->setRange(0, 1000);
    m_cap->setValue(20);
    m_cap->setEnabled(false);
    connect(m_ownCap, &QCheckBox::toggled, m_cap, &QWidget::setEnabled);
    m_hired = new QDateEdit(hired.isValid() ? hired : QDate::currentDate());
    m_hired->setCalendarPopup(true);
    m_hired->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    connect(m_name, &QLineEdit::textEdited, m_error, &QWidget::hide);

    auto *cap = new QHBoxLayout;
    cap->addWidget(m_ownCap);
    cap->addWidget(m_cap);
    cap->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Team:"), m_team);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Skills:"), m_skills);
    form->addRow(tr("Regions:"), m_regions);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Daily cap:"), cap);
    form->addRow(tr("Hired on:"), m_hired);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

Grabber GrabberDialog::entered() const
{
    Grabber g = m_original.value_or(Grabber{});
    g.name = m_name->text().trimmed();
    g.team = m_team->text().trimmed();
    g.level = Level(m_level->currentData().toInt());
    g.skills = listOf(m_skills->text());
    g.regions = listOf(m_regions->text());
    g.status = GrabberStatus(m_status->currentData().toInt());
    g.dailyCapOverride = m_ownCap->isChecked() ? std::optional<int>(m_cap->value()) : std::nullopt;
    g.hiredOn = m_hired->date();
    return g;
}

TeamService::GrabberChanges GrabberDialog::changes() const
{
    TeamService::GrabberChanges c;
    if (!m_original) {
        return c;
    }
    const Grabber now = entered();
    const Grabber &was = *m_original;
    if (now.name != was.name) {
        c.name = now.name;
    }
    if (now.team != was.team) {
        c.team = now.team;
    }
    if (now.level != was.level) {
        c.level = now.level;
    }
    if (now.skills != was.skills) {
        c.skills = now.skills;
    }
    if (now.regions != was.regions) {
        c.regions = now.regions;
    }
    if (now.status != was.status) {
        c.status = now.status;
    }
    if (now.dailyCapOverride != was.dailyCapOverride) {
        c.dailyCapOverride = now.dailyCapOverride;
    }
    if (now.hiredOn != was.hiredOn) {
        c.hiredOn = now.hiredOn;
    }
    return c;
}

void GrabberDialog::accept()
{
    QString refused;
    if (m_name->text().trimmed().isEmpty()) {
        refused = tr("A grabber needs a name.");
    } else if (m_original) {
        refused = m_edit(changes());
    } else {
        refused = m_add(entered());
    }
    if (refused.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_error->setText(refused);
    m_error->show();
}

QString GrabberDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace grab::ui
