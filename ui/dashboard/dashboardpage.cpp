#include "dashboardpage.h"

#include "common/format.h"
#include "common/messagestrip.h"
#include "dashboardexport.h"
#include "dashboardworker.h"
#include "drilldialog.h"
#include "grabberdashboardview.h"
#include "kpicard.h"
#include "kpipanel.h"
#include "common/periodpicker.h"
#include "common/appsettings.h"
#include "teamdashboardview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include "services/export/exportsink.h"
#include "common/filedialog.h"
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace grab::ui {

DashboardPage::DashboardPage(const QString &databasePath, const Clock &clock, AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_settings(settings)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_request.preset = PeriodPreset(m_settings.dashboardPeriod());
    if (m_request.preset == PeriodPreset::Custom) {
        m_request.preset = PeriodPreset::ThisMonth; // the custom days are not kept: start on a preset
    }

    // Preferences: the refresh interval and the alert thresholds apply at once.
    m_refreshMs = m_settings.refreshSeconds() * 1000;
    connect(&m_settings, &AppSettings::changed, this, [this](const QString &key) {
        if (key == u"dashboard/refreshSeconds") {
            m_refreshMs = m_settings.refreshSeconds() * 1000;
        } else if (key.startsWith(u"alerts/") && hasFigures()) {
            refresh();
        }
    });

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible()) {
            refresh();
        }
    });

    m_messages = new MessageStrip;
    m_cards = new KpiPanel;
    connect(m_cards, &KpiPanel::cardClicked, this, &DashboardPage::openDrill);
    m_team = new TeamDashboardView(m_settings);
    connect(m_team, &TeamDashboardView::grabberRequested, this, &DashboardPage::showGrabber);
    connect(m_team, &TeamDashboardView::alertDrillRequested, this, &DashboardPage::openAlertDrill);
    m_grabber = new GrabberDashboardView;
    connect(m_grabber, &GrabberDashboardView::drillRequested, this, &DashboardPage::openDrillRequest);
    m_views = new QStackedWidget;
    m_views->addWidget(m_team);
    m_views->addWidget(m_grabber);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 4, 16, 12);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_cards);
    contentLayout->addWidget(m_views, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(buildTop());
    layout->addWidget(m_messages);
    layout->addWidget(scroll, 1);

    // The worker reads in its own thread, on its own connection.
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("dashboard worker"));
    m_worker = new DashboardWorker(databasePath, m_clock);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &DashboardWorker::start);
    connect(this, &DashboardPage::computeRequested, m_worker, &DashboardWorker::compute);
    connect(this, &DashboardPage::drillRequested, m_worker, &DashboardWorker::drill);
    connect(m_worker, &DashboardWorker::computed, this, &DashboardPage::onComputed);
    connect(m_worker, &DashboardWorker::drilled, this, &DashboardPage::onDrilled);
    m_thread->start();
    updateBusy();
}

DashboardPage::~DashboardPage()
{
    m_settings.setDashboardPeriod(int(m_request.preset));
    m_team->saveLayout();
    QMetaObject::invokeMethod(m_worker, &DashboardWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

QWidget *DashboardPage::buildTop()
{
    auto *title = new QLabel(tr("Dashboards"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_viewButtons = new QButtonGroup(this);
    auto *views = new QHBoxLayout;
    views->setSpacing(0);
    for (const auto &[id, text, tip] :
         {std::tuple{0, tr("Team"), tr("The whole team: totals, alerts, leaderboard, Grabber of the Month")},
          std::tuple{1, tr("Grabber"),
                     tr("One grabber against the team average: target, trends, response times, hours, recent "
                        "violations, feedback and trainings")}}) {
        auto *b = new QToolButton;
        b->setObjectName(id == 0 ? QStringLiteral("teamView") : QStringLiteral("grabberView"));
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumWidth(72);
        m_viewButtons->addButton(b, id);
        views->addWidget(b);
    }
    m_viewButtons->button(0)->setChecked(true);
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == 0) {
            showTeam();
            return;
        }
        qint64 grabber = m_request.grabberId;
        if (const qint64 selected = m_team->currentGrabber(); selected != 0) {
            grabber = selected;
        } else if (grabber == 0 && m_grabberPicker->count() > 0) {
            grabber = m_grabberPicker->itemData(0).toLongLong();
        }
        if (grabber != 0) {
            showGrabber(grabber);
        } else {
            m_viewButtons->button(0)->setChecked(true);
        }
    });

    m_grabberPicker = new QComboBox;
    m_grabberPicker->setObjectName(QStringLiteral("grabberPicker"));
    m_grabberPicker->setEditable(true);
    m_grabberPicker->setInsertPolicy(QComboBox::NoInsert);
    m_grabberPicker->setMinimumContentsLength(10);
    m_grabberPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_grabberPicker->setToolTip(tr("Type part of a name to find a grabber"));
    m_grabberPicker->lineEdit()->setPlaceholderText(tr("Find a grabber…"));
    m_grabberPicker->completer()->setFilterMode(Qt::MatchContains);
    m_grabberPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_grabberPicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_grabberPicker, &QComboBox::activated, this, [this](int index) {
        if (index >= 0) {
            showGrabber(m_grabberPicker->itemData(index).toLongLong());
        }
    });

    m_period = new PeriodPicker;
    m_period->setPreset(m_request.preset);
    connect(m_period, &PeriodPicker::changed, this, [this] {
        m_request.preset = m_period->preset();
        m_request.customFirst = m_period->customFirst();
        m_request.customLast = m_period->customLast();
        request();
    });

    m_busy = new QLabel(tr("Computing…"));
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setStyleSheet(QStringLiteral("color: #6b6b6b; font-style: italic;"));
    m_export = new QPushButton(tr("Export figures…"));
    m_export->setObjectName(QStringLiteral("exportFigures"));
    m_export->setToolTip(tr("The figures shown as CSV for Excel (UTF-8 with BOM), stating the period, time zone and "
                            "rule version: the cards, then the team's leaderboard or the grabber's chart figures"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::askExport);

    m_periodLine = new QLabel;
    m_periodLine->setObjectName(QStringLiteral("periodLine"));
    m_periodLine->setStyleSheet(QStringLiteral("color: #5f5f5f;"));
    m_periodLine->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    row->addWidget(title);
    row->addSpacing(12);
    row->addLayout(views);
    row->addWidget(m_grabberPicker);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Period:")));
    row->addWidget(m_period);
    row->addStretch(1);
    row->addWidget(m_busy);
    row->addWidget(m_export);
    auto *top = new QWidget;
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(16, 0, 16, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_periodLine);
    return top;
}

void DashboardPage::showTeam()
{
    m_request.view = DashboardRequest::View::Team;
    m_viewButtons->button(0)->setChecked(true);
    request();
}

void DashboardPage::showGrabber(qint64 grabberId)
{
    if (grabberId <= 0) {
        return;
    }
    m_request.view = DashboardRequest::View::Grabber;
    m_request.grabberId = grabberId;
    m_viewButtons->button(1)->setChecked(true);
    if (const int i = m_grabberPicker->findData(grabberId); i >= 0) {
        m_grabberPicker->setCurrentIndex(i);
    }
    request();
}

void DashboardPage::setPeriod(PeriodPreset preset, const QDate &first, const QDate &last)
{
    const QSignalBlocker block(m_period);
    m_period->setCustomRange(first, last);
    m_period->setPreset(preset);
    m_request.preset = preset;
    m_request.customFirst = first;
    m_request.customLast = last;
    request();
}

void DashboardPage::refresh()
{
    request();
}

void DashboardPage::request()
{
    m_dirty = false;
    m_refreshTimer->stop();
    m_sinceRequest.start();
    ++m_generation;
    m_worker->supersede(m_generation);
    m_request.thresholds = m_settings.alertThresholds();
    emit computeRequested(m_request, m_generation);
    updateBusy();
}

void DashboardPage::dataChanged()
{
    m_dirty = true;
    if (isVisible()) {
        scheduleRefresh();
    } // else showEvent() picks it up
}

void DashboardPage::scheduleRefresh()
{
    if (m_refreshTimer->isActive()) {
        return; // one refresh per interval, however many events arrive
    }
    const qint64 since = m_sinceRequest.isValid() ? m_sinceRequest.elapsed() : m_refreshMs;
    m_refreshTimer->start(int(std::max<qint64>(0, m_refreshMs - since)));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_generation == 0) {
        request(); // the first look
    } else if (m_dirty) {
        scheduleRefresh();
    }
}

bool DashboardPage::isComputing() const
{
    return m_generation != m_shown.generation;
}

void DashboardPage::updateBusy()
{
    m_busy->setVisible(isComputing());
}

void DashboardPage::onComputed(const DashboardFigures &data)
{
    if (data.generation != m_generation) {
        ++m_dropped; // a newer request is on its way: this answer is to an old question
        return;
    }
    if (!data.error.isEmpty()) {
        m_shown.generation = data.generation; // answered, if not with figures: stop saying "Computing…"
        m_messages->show(MessageStrip::Kind::Error, tr("The figures could not be computed: %1").arg(data.error));
        updateBusy();
        return;
    }
    m_shown = data;
    const bool team = data.request.view == DashboardRequest::View::Team;
    fillGrabberPicker(data.grabbers);
    m_cards->setData(data);
    if (team) {
        m_team->setData(data);
    } else {
        m_grabber->setData(data);
    }
    m_views->setCurrentIndex(team ? 0 : 1);
    // Only the page on show asks for room: the team's leaderboard must not make the grabber's
    // view scroll, nor the other way round.
    for (int i = 0; i < m_views->count(); ++i) {
        const QSizePolicy::Policy p = i == m_views->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_views->widget(i)->setSizePolicy(p, p);
    }
    m_viewButtons->button(team ? 0 : 1)->setChecked(true);
    {
        const QSignalBlocker block(m_grabberPicker);
        m_grabberPicker->setCurrentIndex(
            team ? -1 : m_grabberPicker->findData(data.request.grabberId)); // none in the team's view
    }
    if (data.period.preset != PeriodPreset::Custom) {
        m_period->setCustomRange(data.period.current.from, data.period.current.to.addDays(-1));
    }

    QStringList parts;
    if (!team) {
        parts << data.current.name;
    }
    const QString name = data.period.preset == PeriodPreset::Custom
                             ? tr("Custom period")
                             : PeriodText::presetName(data.period.preset);
    parts << QStringLiteral("%1 %2").arg(name, PeriodText::rangeText(data.period.current));
    if (const int left = periods::daysToGo(data.period.current, data.today); left > 0) {
        parts << tr("%Ln days to go", nullptr, left);
    }
    parts << tr("compared with %1").arg(PeriodText::rangeText(data.period.previous))
          << tr("days in %1 (team time zone)").arg(data.timeZone) << tr("rules v%1").arg(data.ruleVersion);
    m_periodLine->setText(parts.join(QStringLiteral(" · ")));
    m_export->setEnabled(true);
    if (m_messages->kind() == MessageStrip::Kind::Error) {
        m_messages->hide();
    }
    updateBusy();
    emit figuresShown(data.generation);
}

void DashboardPage::fillGrabberPicker(const QList<DashboardGrabber> &grabbers)
{
    bool same = m_grabberPicker->count() == grabbers.size();
    for (qsizetype i = 0; same && i < grabbers.size(); ++i) {
        same = m_grabberPicker->itemData(int(i)).toLongLong() == grabbers.at(i).id;
    }
    if (same) {
        return;
    }
    const QSignalBlocker block(m_grabberPicker);
    const QVariant current = m_grabberPicker->currentData();
    m_grabberPicker->clear();
    for (const DashboardGrabber &g : grabbers) {
        m_grabberPicker->addItem(g.active ? g.name : tr("%1 (not active)").arg(g.name), g.id);
    }
    m_grabberPicker->setCurrentIndex(current.isValid() ? m_grabberPicker->findData(current) : -1);
}

QString DashboardPage::periodText() const
{
    return m_periodLine->text();
}

QString DashboardPage::errorText() const
{
    return m_messages->isVisible() && m_messages->kind() == MessageStrip::Kind::Error ? m_messages->text() : QString();
}

KpiCard *DashboardPage::card(KpiFigure::Figure figure) const
{
    return m_cards->card(figure);
}

LeaderboardModel *DashboardPage::leaderboard() const
{
    return m_team->leaderboard();
}

QTableView *DashboardPage::leaderboardView() const
{
    return m_team->leaderboardView();
}

AwardCard *DashboardPage::award() const
{
    return m_team->award();
}

AlertList *DashboardPage::alerts() const
{
    return m_team->alerts();
}

GrabberCharts *DashboardPage::charts() const
{
    return m_grabber->charts();
}

ActivityCharts *DashboardPage::activity() const
{
    return m_grabber->activity();
}

TargetPanel *DashboardPage::target() const
{
    return m_grabber->target();
}

RecentRowsPanel *DashboardPage::recentViolations() const
{
    return m_grabber->violations();
}

RecentRowsPanel *DashboardPage::recentFeedback() const
{
    return m_grabber->feedback();
}

RecentRowsPanel *DashboardPage::recentTrainings() const
{
    return m_grabber->trainings();
}

RecentRowsPanel *DashboardPage::openActions() const
{
    return m_grabber->openActions();
}

DrillDialog *DashboardPage::drillDialog() const
{
    return m_drill;
}

void DashboardPage::openDrill(KpiFigure::Figure figure)
{
    if (!KpiFigure::drillable(figure) || !hasFigures()) {
        return;
    }
    DrillRequest r;
    r.figure = figure;
    r.period = m_shown.period.current;
    if (m_shown.request.view == DashboardRequest::View::Grabber) {
        r.grabberId = m_shown.request.grabberId;
        r.grabberName = m_shown.current.name;
    } else if (figure == KpiFigure::Fairness) {
        for (const GrabberKpis &k : std::as_const(m_shown.leaderboard)) {
            if (k.active) {
                r.activeGrabbers.append(k.grabberId); // whom the index is over
            }
        }
    }
    emit drillRequested(r, ++m_drillGeneration);
}

void DashboardPage::openDrillRequest(const DrillRequest &request)
{
    if (!hasFigures()) {
        return;
    }
    emit drillRequested(request, ++m_drillGeneration);
}

void DashboardPage::openAlertDrill(const Alert &alert)
{
    if (!hasFigures()) {
        return;
    }
    DrillRequest r;
    r.key = alert.drillDown;
    r.title = tr("Alert");
    r.sentence = alert.sentence;
    r.grabberId = alert.grabberId;
    r.grabberName = alert.grabberName;
    r.period = alert.drillDown.period;
    emit drillRequested(r, ++m_drillGeneration);
}

void DashboardPage::onDrilled(const DrillResult &result)
{
    if (result.generation != m_drillGeneration) {
        return; // the manager clicked another card since
    }
    if (m_drill) {
        m_drill->close();
    }
    m_drill = new DrillDialog(result, this);
    m_drill->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_drill, &DrillDialog::orderActivated, this, &DashboardPage::orderRequested);
    m_drill->show();
    emit drillShown(m_drill->orderCount());
}

bool DashboardPage::exportFigures(const QString &path, QString *error) const
{
    ExportSink file(path); // written whole and synced, or not at all: the old file stays
    Status written = file.open();
    if (written && !DashboardExport::write(&file, m_shown, m_clock.nowMs())) {
        written = file.writeError();
    }
    if (written) {
        written = file.commit();
    }
    if (!written && error) {
        *error = written.error().message;
    }
    return bool(written);
}

void DashboardPage::askExport()
{
    QString path = filedialog::saveFileName(this, tr("Export figures"),
                                                QDir::home().filePath(DashboardExport::suggestedName(m_shown)),
                                                tr("CSV for Excel (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        path += QLatin1String(".csv");
    }
    QString error;
    if (exportFigures(path, &error)) {
        m_messages->show(MessageStrip::Kind::Success,
                         tr("Exported the figures to %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_messages->show(MessageStrip::Kind::Error,
                         tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

} // namespace grab::ui
