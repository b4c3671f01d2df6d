#include "reviewpage.h"

#include "appraisalsheet.h"
#include "decisiondialog.h"
#include "newcycledialog.h"
#include "reviewcyclebar.h"
#include "reviewentryfilter.h"
#include "common/headerfit.h"
#include "reviewentrymodel.h"
#include "reviewopener.h"
#include "reviewsheetpanel.h"
#include "reviewtext.h"

#include "common/messagestrip.h"
#include "services/export/reviewexport.h"
#include "services/review/reviewservice.h"
#include "services/rules/ruleservice.h"
#include "common/appsettings.h"
#include "store/database.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include "services/export/exportsink.h"
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace grab::ui {
ReviewPage::ReviewPage(Database &db, const Clock &clock, AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_settings(settings), m_actor(QStringLiteral("manager"))
{
    m_messages = new MessageStrip;
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("#reviewBanner { background: #eef1f5; border: 1px solid #c8ccd2; border-radius: 4px; padding: 6px 10px; }"));
    m_formula = new QLabel;
    m_formula->setWordWrap(true);
    m_formula->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new ReviewEntryModel(this);
    m_filter = new ReviewEntryFilter(this);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewEntryModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Each column as wide as its title or its widest likely value, in whichever language the
    // page is shown (HeaderFit). At 1280 px the Level steps aside (the sheet's subtitle says it),
    // so that the sheet's reasons keep their room.
    const QFontMetrics fm = m_table->fontMetrics();
    ReviewDecision bonus;
    bonus.kind = DecisionKind::Bonus;
    bonus.amountMinor = 200000;
    ReviewDecision training;
    training.kind = DecisionKind::Training;
    const auto wider = [&fm](const QStringList &texts) {
        return *std::max_element(texts.cbegin(), texts.cend(), [&fm](const QString &a, const QString &b) {
            return fm.horizontalAdvance(a) < fm.horizontalAdvance(b);
        });
    };
    const QString samples[] = {QStringLiteral("欧阳晓明明"),
                               wider({ReviewText::level(QStringLiteral("junior")), ReviewText::level(QStringLiteral("senior")),
                                      ReviewText::level(QStringLiteral("lead"))}),
                               QStringLiteral("100.0"), QStringLiteral("5"), QStringLiteral("100.0"), QStringLiteral("A"),
                               ReviewText::decisions({bonus, training}),
                               wider({ReviewEntryModel::tr("Scored"), ReviewEntryModel::tr("Missing")})};
    auto *fit = new HeaderFit(m_table);
    for (int c = 0; c < ReviewEntryModel::ColumnCount; ++c) {
        fit->fit(c, samples[c]);
    }
    fit->setOptional({ReviewEntryModel::Level}, 0);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewEntryModel::Decisions, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_selected = current.isValid() ? current.data(ReviewEntryModel::GrabberIdRole).toLongLong() : 0;
        showSelected();
    });
    m_missingOnly = new QCheckBox(tr("Missing only"));
    m_missingOnly->setToolTip(tr("Only the grabbers without a supervisor's score"));
    connect(m_missingOnly, &QCheckBox::toggled, m_filter, &ReviewEntryFilter::setMissingOnly);

    m_sheet = new ReviewSheetPanel;
    connect(m_sheet, &ReviewSheetPanel::scoreRequested, this, [this](qint64 id, int s, const QString &comment) { score(id, s, comment); });
    connect(m_sheet, &ReviewSheetPanel::addDecisionRequested, this, &ReviewPage::askDecision);
    connect(m_sheet, &ReviewSheetPanel::removeDecisionRequested, this, [this](qint64 id) { removeDecision(id); });
    connect(m_sheet, &ReviewSheetPanel::printRequested, this, &ReviewPage::askPrint);
    connect(m_sheet, &ReviewSheetPanel::savePdfRequested, this, &ReviewPage::askSavePdf);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Grabbers in the cycle")));
    filterRow->addStretch(1);
    filterRow->addWidget(m_missingOnly);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_sheet);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_settings.layout(QStringLiteral("review/splitter")))) {
        // The sheet gets the larger part: its reasons wrap in the "Why" column, which at
        // 1280 px had about 100 px and seven lines a KPI; the table's Decisions column elides
        // instead, whole in its tooltip.
        m_splitter->setSizes({490, 670});
    }
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setLayout(QStringLiteral("review/splitter"), m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_bar = new ReviewCycleBar;
    connect(m_bar, &ReviewCycleBar::cycleChosen, this, &ReviewPage::showCycle);
    connect(m_bar, &ReviewCycleBar::newRequested, this, &ReviewPage::askNewCycle);
    connect(m_bar, &ReviewCycleBar::openRequested, this, &ReviewPage::askOpen);
    connect(m_bar, &ReviewCycleBar::approveRequested, this, &ReviewPage::askApprove);
    connect(m_bar, &ReviewCycleBar::withdrawRequested, this, [this] { withdrawApproval(); });
    connect(m_bar, &ReviewCycleBar::lockRequested, this, &ReviewPage::askLock);
    connect(m_bar, &ReviewCycleBar::exportRequested, this, &ReviewPage::askExport);
    layout->addWidget(m_bar);
    layout->addWidget(m_messages);
    layout->addWidget(m_banner);
    layout->addWidget(m_formula);
    layout->addWidget(m_splitter, 1);

    m_opener = new ReviewOpener(m_db.path(), m_clock, this);
    connect(m_opener, &ReviewOpener::progress, this, [this](int done, int total) {
        m_progressMaximum = total;
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
            m_progress->setLabelText(tr("Freezing the KPIs of %1: %2 of %3 grabbers…").arg(m_openingQuarter).arg(done).arg(total));
        }
    });
    connect(m_opener, &ReviewOpener::finished, this, &ReviewPage::onOpenFinished);
    // Nothing is read until the page is first shown (showEvent): the window starts on the board.
}

ReviewPage::~ReviewPage()
{
    m_opener->cancel();
    m_opener->wait();
}

ReviewService ReviewPage::service() const
{
    return ReviewService(Context{m_db, m_clock, m_actor});
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another GrabDesk or grabctl may have scored meanwhile: read the cycles again on each visit
    // (a few hundred rows), unless an opening is under way and will reload when it ends.
    if (!m_opener->isRunning()) {
        reload(currentQuarter());
    }
}

void ReviewPage::setActor(const QString &actor)
{
    m_actor = actor;
}

bool ReviewPage::fail(const Error &error)
{
    const bool refusal = error.code != ErrorCode::Internal && error.code != ErrorCode::DatabaseUnusable;
    m_messages->show(refusal ? MessageStrip::Kind::Warning : MessageStrip::Kind::Error, error.message);
    return false;
}

void ReviewPage::reload(const QString &quarter)
{
    auto cycles = service().cycles();
    if (!cycles) {
        fail(cycles.error());
        return;
    }
    m_cycles = *cycles;
    QString wanted = quarter.isEmpty() ? currentQuarter() : quarter;
    m_bar->setCycles(m_cycles);
    const bool known = std::any_of(m_cycles.cbegin(), m_cycles.cend(), [&](const ReviewCycle &c) { return c.quarter == wanted; });
    if (!known) {
        wanted = m_cycles.isEmpty() ? QString() : m_cycles.first().quarter;
    }
    showCycle(wanted);
}

QString ReviewPage::currentQuarter() const
{
    return m_view ? m_view->cycle.quarter : QString();
}

std::optional<ReviewCycle> ReviewPage::currentCycle() const
{
    return m_view ? std::optional<ReviewCycle>(m_view->cycle) : std::nullopt;
}

QString ReviewPage::proposedQuarter() const
{
    const QString now = quarters::of(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date());
    for (const ReviewCycle &c : m_cycles) {
        if (c.quarter == now) {
            const QString before = quarters::previous(now);
            for (const ReviewCycle &o : m_cycles) {
                if (o.quarter == before) {
                    return QString();
                }
            }
            return before;
        }
    }
    return now;
}

void ReviewPage::showCycle(const QString &quarter)
{
    const qint64 keep = m_selected;
    if (quarter.isEmpty()) {
        m_view.reset();
        m_model->setEntries({});
    } else {
        auto view = service().cycle(quarter);
        if (!view) {
            fail(view.error());
            return;
        }
        m_view = *view;
        m_model->setEntries(m_view->entries);
    }
    updateHeader();
    m_selected = 0;
    if (keep != 0 && m_model->rowOf(keep) >= 0) {
        selectGrabber(keep);
    } else if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_filter->index(0, 0));
    } else {
        showSelected();
    }
    emit cycleShown(quarter);
}

void ReviewPage::updateHeader()
{
    m_bar->show(m_view ? &m_view->cycle : nullptr, m_opener->isRunning());
    if (m_view) {
        const QString why = ReviewText::readOnlyReason(m_view->cycle);
        m_banner->setText(why);
        m_banner->setVisible(!why.isEmpty());
        m_formula->setText(m_view->formula);
        m_formula->setVisible(!m_view->formula.isEmpty());
    } else {
        m_banner->setText(tr("No review cycle yet. New cycle… creates a draft for a quarter; opening it freezes the team's KPIs."));
        m_banner->show();
        m_formula->hide();
    }
}

bool ReviewPage::editable() const
{
    return m_view && (m_view->cycle.state == ReviewState::Open || m_view->cycle.state == ReviewState::Scoring);
}

void ReviewPage::selectGrabber(qint64 grabberId)
{
    const int row = m_model->rowOf(grabberId);
    if (row < 0) {
        return;
    }
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, 0));
    if (proxy.isValid()) {
        m_table->setCurrentIndex(proxy);
        m_table->scrollTo(proxy);
    } else {
        m_selected = grabberId; // filtered out: still the sheet shown
        showSelected();
    }
}

void ReviewPage::showSelected()
{
    if (!m_view) {
        m_sheet->clear(tr("No cycle to show."));
        return;
    }
    if (m_view->cycle.state == ReviewState::Draft) {
        m_sheet->clear(tr("The cycle %1 is a draft: open it to freeze the KPIs of every active grabber.").arg(m_view->cycle.quarter));
        return;
    }
    const int row = m_model->rowOf(m_selected);
    if (row < 0) {
        m_sheet->clear(tr("Select a grabber to see their sheet."));
        return;
    }
    auto history = service().history(m_selected);
    m_sheet->setEntry(*m_model->entry(row), history ? *history : QList<ReviewEntry>{}, editable());
}

void ReviewPage::refreshEntry(qint64 grabberId)
{
    // The cycle's state and progress (the first score moves open -> scoring) and the one row.
    if (auto cycles = service().cycles()) {
        m_cycles = *cycles;
        for (const ReviewCycle &c : m_cycles) {
            if (m_view && c.quarter == m_view->cycle.quarter) {
                m_view->cycle = c;
            }
        }
    }
    if (auto e = service().entry(currentQuarter(), grabberId)) {
        m_model->updateEntry(*e);
    }
    updateHeader();
    if (grabberId == m_selected) {
        showSelected();
    }
}

bool ReviewPage::createCycle(const QString &quarter, const std::optional<ReviewSettings> &settings)
{
    auto created = service().create(quarter, settings);
    if (!created) {
        return fail(created.error());
    }
    m_messages->show(MessageStrip::Kind::Success,
                     tr("Draft cycle %1 created. Open it to freeze the KPIs of every active grabber.").arg(created->quarter));
    reload(created->quarter);
    return true;
}

bool ReviewPage::isOpening() const
{
    return m_opener->isRunning();
}

bool ReviewPage::openCycle()
{
    if (!m_view || m_opener->isRunning()) {
        return false;
    }
    m_openingQuarter = m_view->cycle.quarter;
    m_progressMaximum = 0;
    m_progress = new QProgressDialog(tr("Freezing the KPIs of %1…").arg(m_openingQuarter), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(tr("Opening %1").arg(m_openingQuarter));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, m_opener, &ReviewOpener::cancel);
    m_openTimer.start();
    m_opener->start(m_openingQuarter, m_actor);
    m_progress->show();
    updateHeader();
    return true;
}

void ReviewPage::onOpenFinished(bool ok, int entries, int errorCode, const QString &reason, const QString &message)
{
    m_lastOpenMs = m_openTimer.elapsed();
    if (m_progress) {
        m_progress->close();
    }
    if (ok) {
        m_messages->show(MessageStrip::Kind::Success, tr("Opened %1: the KPIs of %Ln grabbers are frozen (%2 s). Scoring can start.", nullptr, entries)
                                                          .arg(m_openingQuarter)
                                                          .arg(double(m_lastOpenMs) / 1000.0, 0, 'f', 1));
    } else if (reason == QLatin1String("cancelled")) {
        m_messages->show(MessageStrip::Kind::Neutral, tr("Opening %1 was cancelled: nothing changed, the cycle is still a draft.").arg(m_openingQuarter));
    } else {
        fail(makeError(ErrorCode(errorCode), message, reason));
    }
    reload(m_openingQuarter);
    emit opened(ok);
}

bool ReviewPage::score(qint64 grabberId, int supervisorScore, const QString &comment)
{
    auto scored = service().score(currentQuarter(), grabberId, supervisorScore, comment);
    if (!scored) {
        return fail(scored.error());
    }
    m_messages->show(MessageStrip::Kind::Success, tr("%1 scored %2: final %3, grade %4.")
                                                      .arg(scored->grabberName)
                                                      .arg(supervisorScore)
                                                      .arg(ReviewText::score(scored->final.score), scored->final.grade));
    refreshEntry(grabberId);
    return true;
}

bool ReviewPage::addDecision(qint64 grabberId, const NewReviewDecision &decision)
{
    if (auto s = tryDecision(grabberId, decision); !s) {
        return fail(s.error());
    }
    return true;
}

Status ReviewPage::tryDecision(qint64 grabberId, const NewReviewDecision &decision)
{
    auto decided = service().decide(currentQuarter(), grabberId, decision);
    if (!decided) {
        return decided.error();
    }
    const int row = m_model->rowOf(grabberId);
    const QString name = row >= 0 ? m_model->entry(row)->grabberName : QString::number(grabberId);
    m_messages->show(MessageStrip::Kind::Success, tr("%1: %2.").arg(name, ReviewText::decision(*decided)));
    refreshEntry(grabberId);
    return Done{};
}

bool ReviewPage::removeDecision(qint64 decisionId)
{
    qint64 grabberId = 0;
    for (const ReviewEntry &e : m_model->entries()) {
        for (const ReviewDecision &d : e.decisions) {
            if (d.id == decisionId) {
                grabberId = e.grabberId;
            }
        }
    }
    if (auto done = service().removeDecision(currentQuarter(), decisionId); !done) {
        return fail(done.error());
    }
    m_messages->show(MessageStrip::Kind::Success, tr("The decision was taken back."));
    refreshEntry(grabberId);
    return true;
}

bool ReviewPage::approve(const QString &approver)
{
    if (auto done = service().approve(currentQuarter(), approver); !done) {
        return fail(done.error());
    }
    m_messages->show(MessageStrip::Kind::Success, tr("%1 approved by %2. Lock it when nothing should change any more.").arg(currentQuarter(), approver.trimmed()));
    reload(currentQuarter());
    return true;
}

bool ReviewPage::withdrawApproval()
{
    if (auto done = service().withdrawApproval(currentQuarter()); !done) {
        return fail(done.error());
    }
    m_messages->show(MessageStrip::Kind::Info, tr("The approval of %1 was withdrawn: scores and decisions can change again.").arg(currentQuarter()));
    reload(currentQuarter());
    return true;
}

bool ReviewPage::lock()
{
    if (auto done = service().lock(currentQuarter()); !done) {
        return fail(done.error());
    }
    m_messages->show(MessageStrip::Kind::Success, tr("%1 is locked: nothing in it can change any more.").arg(currentQuarter()));
    reload(currentQuarter());
    return true;
}

bool ReviewPage::exportCsv(const QString &path)
{
    // The very steps of `grabctl review export`: the cycle as the core reads it, the team's time
    // zone from the rule set, now from the clock, written by ReviewExport.
    auto view = service().cycle(currentQuarter());
    if (!view) {
        return fail(view.error());
    }
    auto rules = RuleService(Context{m_db, m_clock, m_actor}).current();
    if (!rules) {
        return fail(rules.error());
    }
    ExportSink file(path); // written whole and synced, or not at all: the old file stays
    Status written = file.open();
    if (written && !ReviewExport::write(&file, *view, rules->timeZone, m_clock.nowMs())) {
        written = file.writeError();
    }
    if (written) {
        written = file.commit();
    }
    if (!written) {
        m_messages->show(MessageStrip::Kind::Error, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    m_messages->show(MessageStrip::Kind::Success,
                     tr("Exported %Ln grabbers of %1 to %2.", nullptr, int(view->entries.size())).arg(currentQuarter(), QDir::toNativeSeparators(path)));
    return true;
}

std::unique_ptr<AppraisalSheet> ReviewPage::appraisalSheet(qint64 grabberId)
{
    if (!m_view) {
        return nullptr;
    }
    auto entry = service().entry(currentQuarter(), grabberId);
    if (!entry) {
        fail(entry.error());
        return nullptr;
    }
    // The seal's verdict and the chain's head: a printed sheet is a witness kept outside the file.
    QStringList integrity;
    if (m_view->sealHolds) {
        integrity << (*m_view->sealHolds ? tr("Seal verified: the review is as it was locked.")
                                         : tr("ALTERED AFTER LOCKING: this review no longer matches its seal (grabctl verify names the place)."));
    }
    integrity << tr("Event log head #%1, SHA-256 %2").arg(m_view->chainHeadId).arg(QString::fromLatin1(m_view->chainHeadHash.toHex()));
    return std::make_unique<AppraisalSheet>(m_view->cycle, *entry, m_view->formula, integrity.join(QStringLiteral(" · ")));
}

bool ReviewPage::savePdf(qint64 grabberId, const QString &path)
{
    auto sheet = appraisalSheet(grabberId);
    if (!sheet) {
        return false;
    }
    QString error;
    if (!sheet->writePdf(path, &error)) {
        m_messages->show(MessageStrip::Kind::Error, error);
        return false;
    }
    m_messages->show(MessageStrip::Kind::Success, tr("Saved the appraisal sheet to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString ReviewPage::progressText() const
{
    return m_bar->progressText();
}

QProgressDialog *ReviewPage::progressDialog() const
{
    return m_progress.data();
}

QString ReviewPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

// ---- the dialogs ----

} // namespace grab::ui
