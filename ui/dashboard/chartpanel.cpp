#include "chartpanel.h"
#include "common/filedialog.h"
#include "io/atomicfile.h"

#include <QBuffer>

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace grab::ui {

ChartPanel::ChartPanel(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(font().pointSizeF() * 1.05);
    chart->setTitleFont(title);
    m_view = new QChartView(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(fontMetrics().height() * 19); // room for title, axes and legend around the plot
    m_view->setFrameShape(QFrame::NoFrame);

    m_save = new QToolButton;
    m_save->setObjectName(QStringLiteral("savePng"));
    m_save->setText(tr("Save as PNG…"));
    m_save->setAutoRaise(true);
    m_save->setToolTip(tr("Save this chart as a picture"));
    connect(m_save, &QToolButton::clicked, this, &ChartPanel::askAndSave);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch(1);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

bool ChartPanel::savePng(const QString &path, QString *error) const
{
    // Encoded in memory, then written whole and synced: a full disk leaves the old picture.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!m_view->grab().save(&buffer, "PNG")) {
        if (error) {
            *error = tr("The chart could not be turned into a picture.");
        }
        return false;
    }
    AtomicFile file(path);
    Status written = file.open();
    if (written) {
        file.write(png);
        written = file.commit();
    }
    if (!written && error) {
        *error = written.error().message;
    }
    return bool(written);
}

void ChartPanel::askAndSave()
{
    QString path = filedialog::saveFileName(this, tr("Save the chart"), QDir::home().filePath(m_suggested),
                                                tr("PNG pictures (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        path += QLatin1String(".png");
    }
    QString error;
    if (!savePng(path, &error)) {
        QMessageBox::warning(this, tr("Save the chart"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

} // namespace grab::ui
