#include "activitypanel.h"

#include "activitymodel.h"
#include "common/tablewidgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

using Kind = EventDescription::Kind;

// A filter over ActivityModel::KindRole: a regular expression matching the kinds' numbers.
QString kinds(std::initializer_list<Kind> list)
{
    QStringList parts;
    for (const Kind k : list) {
        parts << QString::number(int(k));
    }
    return QStringLiteral("^(%1)$").arg(parts.join(QLatin1Char('|')));
}

} // namespace

ActivityPanel::ActivityPanel(ActivityModel *model, int filterIndex, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(model);
    m_filter->setFilterRole(ActivityModel::KindRole);

    const QList<std::pair<QString, QString>> choices{
        {tr("Everything but publications"),
         kinds({Kind::Win, Kind::LostRace, Kind::Refused, Kind::Dispatch, Kind::Reclaim, Kind::Close, Kind::Rule, Kind::Other})},
        {tr("Everything"), QString()},
        {tr("Wins and lost races"), kinds({Kind::Win, Kind::LostRace})},
        {tr("Refusals"), kinds({Kind::Refused})},
        {tr("Dispatches and reclaims"), kinds({Kind::Dispatch, Kind::Reclaim})},
        {tr("Closes"), kinds({Kind::Close})},
    };
    m_kinds = new QComboBox;
    m_kinds->setObjectName(QStringLiteral("feedFilter"));
    for (const auto &[label, pattern] : choices) {
        m_kinds->addItem(label, pattern);
    }
    connect(m_kinds, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setFilterRegularExpression(m_kinds->currentData().toString()); });
    setFilterIndex(filterIndex);
    m_filter->setFilterRegularExpression(m_kinds->currentData().toString());

    m_view = makeBoardTable(QStringLiteral("activityView"));
    m_view->setModel(m_filter);
    m_view->horizontalHeader()->setSectionResizeMode(ActivityModel::Time, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->hide(); // time and sentence explain themselves; the title says "Activity"
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            emit eventSelected(m_model->itemAt(m_filter->mapToSource(current).row()).event);
        }
    });

    auto *top = new QHBoxLayout;
    top->addWidget(sectionTitle(tr("Activity")));
    top->addStretch(1);
    top->addWidget(m_kinds);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

int ActivityPanel::filterIndex() const
{
    return m_kinds->currentIndex();
}

void ActivityPanel::setFilterIndex(int index)
{
    m_kinds->setCurrentIndex(std::clamp(index, 0, m_kinds->count() - 1));
}

int ActivityPanel::visibleRows() const
{
    return m_filter->rowCount();
}

} // namespace grab::ui
