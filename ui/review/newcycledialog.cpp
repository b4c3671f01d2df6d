#include "newcycledialog.h"

#include "reviewtext.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

// Revenue targets are stored in minor units; the dialog speaks yuan.
constexpr double kMinorPerYuan = 100.0;

QDoubleSpinBox *spin(double value, double max, int decimals, const QString &suffix = {})
{
    auto *s = new QDoubleSpinBox;
    s->setRange(0, max);
    s->setDecimals(decimals);
    s->setValue(value);
    s->setSuffix(suffix);
    s->setAlignment(Qt::AlignRight);
    s->setProperty("shown", s->value()); // the default as the box rounded it
    return s;
}

// The box's value, or the exact default when the supervisor left it as shown: a box rounds to
// its decimals, and an untouched dialog must create the very cycle `grabctl review create` does.
double valueOr(const QDoubleSpinBox *box, double exact, double scale = 1.0)
{
    return box->value() == box->property("shown").toDouble() ? exact : box->value() * scale;
}

} // namespace

NewCycleDialog::NewCycleDialog(const QString &quarter, const ReviewSettings &defaults, QWidget *parent)
    : QDialog(parent), m_defaults(defaults)
{
    setWindowTitle(tr("New review cycle"));
    m_quarter = new QLineEdit(quarter);
    m_quarter->setPlaceholderText(QStringLiteral("2026-Q4"));

    auto *kpis = new QGroupBox(tr("KPIs: weight and quarter target"));
    auto *grid = new QGridLayout(kpis);
    grid->addWidget(new QLabel(tr("KPI")), 0, 0);
    grid->addWidget(new QLabel(tr("Weight")), 0, 1);
    grid->addWidget(new QLabel(tr("Target")), 0, 2);
    int r = 1;
    for (const ReviewKpi k : kReviewKpis) {
        const bool revenue = k == ReviewKpi::Revenue;
        const bool rate = k == ReviewKpi::SuccessRate || k == ReviewKpi::FailureRate;
        const double target = revenue ? defaults.target(k) / kMinorPerYuan : defaults.target(k);
        m_weights[size_t(k)] = spin(defaults.weight(k), 1000, 1);
        m_targets[size_t(k)] = spin(target, revenue ? 1e9 : (rate ? 1 : 1e6), rate || k == ReviewKpi::Satisfaction ? 2 : 0,
                                    revenue ? tr(" yuan") : (k == ReviewKpi::MedianResponse ? tr(" s") : QString()));
        m_targets[size_t(k)]->setSingleStep(rate ? 0.05 : 1);
        const QString name = lowerIsBetter(k) ? tr("%1 (at most)").arg(ReviewText::kpi(k)) : ReviewText::kpi(k);
        grid->addWidget(new QLabel(name), r, 0);
        grid->addWidget(m_weights[size_t(k)], r, 1);
        grid->addWidget(m_targets[size_t(k)], r, 2);
        ++r;
    }

    auto *scoring = new QGroupBox(tr("Final score and grades"));
    auto *form = new QFormLayout(scoring);
    m_share = spin(defaults.kpiShare, 1, 2);
    m_share->setSingleStep(0.05);
    m_cap = spin(defaults.achievementCap, 5, 2);
    m_cap->setSingleStep(0.05);
    m_gradeA = spin(defaults.gradeA, 100, 1);
    m_gradeB = spin(defaults.gradeB, 100, 1);
    m_gradeC = spin(defaults.gradeC, 100, 1);
    form->addRow(tr("KPI share of the final score:"), m_share);
    form->addRow(tr("Achievement cap:"), m_cap);
    form->addRow(tr("Grade A from:"), m_gradeA);
    form->addRow(tr("Grade B from:"), m_gradeB);
    form->addRow(tr("Grade C from (below: D):"), m_gradeC);

    auto *note = new QLabel(tr("Prefilled from the rule set (version %1). They can change while the cycle is a draft, "
                               "never after it is opened.")
                                .arg(defaults.ruleVersion));
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create draft"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QFormLayout;
    top->addRow(tr("Quarter:"), m_quarter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *columns = new QHBoxLayout;
    columns->addWidget(kpis, 3);
    columns->addWidget(scoring, 2, Qt::AlignTop);
    layout->addLayout(columns);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString NewCycleDialog::quarter() const
{
    return m_quarter->text().trimmed();
}

ReviewSettings NewCycleDialog::settings() const
{
    ReviewSettings s = m_defaults;
    for (const ReviewKpi k : kReviewKpis) {
        s.weights[size_t(k)] = valueOr(m_weights[size_t(k)], m_defaults.weight(k));
        s.targets[size_t(k)] = valueOr(m_targets[size_t(k)], m_defaults.target(k), k == ReviewKpi::Revenue ? kMinorPerYuan : 1.0);
    }
    s.kpiShare = valueOr(m_share, m_defaults.kpiShare);
    s.achievementCap = valueOr(m_cap, m_defaults.achievementCap);
    s.gradeA = valueOr(m_gradeA, m_defaults.gradeA);
    s.gradeB = valueOr(m_gradeB, m_defaults.gradeB);
    s.gradeC = valueOr(m_gradeC, m_defaults.gradeC);
    return s;
}

} // namespace grab::ui
