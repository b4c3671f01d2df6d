#include "boardfilterbar.h"

#include "common/format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace grab::ui {

BoardFilterBar::BoardFilterBar(QWidget *parent) : QWidget(parent)
{
    const auto combo = [this](const QString &name, const QString &any) {
        auto *box = new QComboBox;
        box->setObjectName(name);
        box->addItem(any, QVariant());
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &BoardFilterBar::emitFilter);
        return box;
    };
    m_region = combo(QStringLiteral("regionFilter"), tr("All regions"));
    m_skill = combo(QStringLiteral("skillFilter"), tr("All skills"));
    m_priority = combo(QStringLiteral("priorityFilter"), tr("All priorities"));
    for (int p = 1; p <= 4; ++p) {
        m_priority->addItem(Format::priority(p), p);
    }
    m_tier = combo(QStringLiteral("tierFilter"), tr("All tiers"));
    for (const Tier t : {Tier::Vip, Tier::Key, Tier::Regular}) {
        m_tier->addItem(Format::tier(t), int(t));
    }
    m_grabber = combo(QStringLiteral("grabberFilter"), tr("All grabbers"));
    m_grabber->setToolTip(tr("Only the orders this grabber is working on"));
    m_grabber->hide();
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search customer, order # or grabber…  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    connect(m_search, &QLineEdit::textChanged, this, &BoardFilterBar::emitFilter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_grabber);
    layout->addWidget(m_priority);
    layout->addWidget(m_tier);
    layout->addWidget(m_region);
    layout->addWidget(m_skill);
}

void BoardFilterBar::addSorted(QComboBox *box, const QSet<QString> &values, QSet<QString> &known)
{
    bool grew = false;
    for (const QString &v : values) {
        if (!v.isEmpty() && !known.contains(v)) {
            known.insert(v);
            grew = true;
        }
    }
    if (!grew) {
        return;
    }
    const QString current = box->currentData().toString();
    QStringList sorted(known.cbegin(), known.cend());
    sorted.sort(Qt::CaseInsensitive);
    const QSignalBlocker block(box);
    while (box->count() > 1) {
        box->removeItem(1);
    }
    for (const QString &v : sorted) {
        box->addItem(v, v);
    }
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void BoardFilterBar::setGrabbers(const QHash<qint64, QString> &names)
{
    const qint64 current = m_grabber->currentData().toLongLong();
    QList<std::pair<QString, qint64>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        sorted.append({it.value(), it.key()});
    }
    std::sort(sorted.begin(), sorted.end());
    {
        const QSignalBlocker block(m_grabber);
        while (m_grabber->count() > 1) {
            m_grabber->removeItem(1);
        }
        for (const auto &[name, id] : sorted) {
            m_grabber->addItem(name, id);
        }
        m_grabber->setCurrentIndex(current ? std::max(0, m_grabber->findData(current)) : 0);
    }
    if (m_grabber->currentData().toLongLong() != current) {
        emitFilter(); // the grabber chosen is no longer on the team
    }
}

void BoardFilterBar::setGrabberChoiceVisible(bool visible)
{
    m_grabber->setVisible(visible);
}

void BoardFilterBar::addChoices(const QSet<QString> &regions, const QSet<QString> &skills)
{
    addSorted(m_region, regions, m_regions);
    addSorted(m_skill, skills, m_skills);
}

OrderFilterProxy::Filter BoardFilterBar::filter() const
{
    OrderFilterProxy::Filter f;
    f.region = m_region->currentData().toString();
    f.skill = m_skill->currentData().toString();
    f.priority = m_priority->currentData().toInt();
    if (m_tier->currentData().isValid()) {
        f.tier = Tier(m_tier->currentData().toInt());
    }
    f.search = m_search->text().trimmed();
    f.grabberId = m_grabber->currentData().toLongLong();
    return f;
}

void BoardFilterBar::setFilter(const OrderFilterProxy::Filter &f)
{
    {
        const QSignalBlocker b1(m_region), b2(m_skill), b3(m_priority), b4(m_tier), b5(m_search), b6(m_grabber);
        addChoices({f.region}, {f.skill});
        m_region->setCurrentIndex(std::max(0, m_region->findData(f.region)));
        m_skill->setCurrentIndex(std::max(0, m_skill->findData(f.skill)));
        m_priority->setCurrentIndex(std::max(0, m_priority->findData(f.priority ? QVariant(f.priority) : QVariant())));
        m_tier->setCurrentIndex(f.tier ? std::max(0, m_tier->findData(int(*f.tier))) : 0);
        m_search->setText(f.search);
        m_grabber->setCurrentIndex(f.grabberId ? std::max(0, m_grabber->findData(f.grabberId)) : 0);
    }
    emitFilter();
}

void BoardFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BoardFilterBar::emitFilter()
{
    emit filterChanged(filter());
}

QStringList BoardFilterBar::skills() const
{
    QStringList out(m_skills.begin(), m_skills.end());
    out.sort();
    return out;
}

} // namespace grab::ui
