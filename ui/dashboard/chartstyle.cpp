#include "chartstyle.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace grab::ui::chartstyle {

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void setTitle(QAbstractAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    const bool han = std::any_of(title.cbegin(), title.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
    if (han) {
        QFont font = axis->titleFont();
        font.setFamilies({QStringLiteral("Noto Sans CJK SC"), font.family()});
        axis->setTitleFont(font);
    }
}

QValueAxis *countAxis(qint64 highest, const QString &title)
{
    auto *axis = new QValueAxis;
    qint64 step = 1;
    for (const qint64 s : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000}) {
        step = s;
        if ((std::max<qint64>(highest, 1) + s - 1) / s <= 5) {
            break;
        }
    }
    const qint64 top = std::max<qint64>(1, (std::max<qint64>(highest, 1) + step - 1) / step) * step;
    axis->setRange(0, double(top));
    axis->setTickCount(int(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    setTitle(axis, title);
    return axis;
}

QBarSet *barSet(const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(Qt::transparent);
    return set;
}

void showLegend(QChart *chart, bool show)
{
    chart->legend()->setVisible(show);
}

} // namespace grab::ui::chartstyle
