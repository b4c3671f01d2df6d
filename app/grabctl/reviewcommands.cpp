// review list|create|open|score|decide|undecide|approve|withdraw|lock|show|history|export:
// the quarterly appraisal (ReviewService) on the command line.
#include "clicontext.h"
#include "reviewformat.h"

#include "base/money.h"
#include "domain/reviewscoring.h"
#include "services/export/reviewexport.h"
#include "services/review/reviewservice.h"
#include "services/rules/ruleservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include "services/export/exportsink.h"
#include <QTimeZone>

#include <cmath>

namespace grab::cli {
namespace {

const QCommandLineOption kQuarter(QStringLiteral("quarter"), QStringLiteral("The quarter, e.g. 2026-Q3."), QStringLiteral("YYYY-QN"));
const QCommandLineOption kBy(QStringLiteral("by"), QStringLiteral("Who acts, recorded on the audit event (default: the OS user name)."),
                             QStringLiteral("NAME"));
const QCommandLineOption kGrabber(QStringLiteral("grabber"), QStringLiteral("The grabber's id."), QStringLiteral("ID"));

QString osUser()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    return name.isEmpty() ? QStringLiteral("grabctl") : name;
}

// The service with the actor of --by (or the OS user); nullptr after printing why not.
struct Session
{
    std::optional<ReviewService> service;
    QString quarter;
    int failCode = 0;
};

Session session(CliContext &ctx, const QCommandLineParser &p, bool needsQuarter = true)
{
    Session s;
    if (needsQuarter) {
        s.quarter = p.value(kQuarter).trimmed();
        if (s.quarter.isEmpty()) {
            s.failCode = ctx.usage(QStringLiteral("This command needs --quarter, e.g. --quarter 2026-Q3."));
            return s;
        }
        if (!quarters::period(s.quarter)) {
            s.failCode = ctx.usage(QStringLiteral("--quarter \"%1\" is not a quarter: write it like 2026-Q3.").arg(s.quarter));
            return s;
        }
    }
    if (p.isSet(kBy) && p.value(kBy).trimmed().isEmpty()) {
        s.failCode = ctx.usage(QStringLiteral("--by needs a name."));
        return s;
    }
    if (!ctx.database()) {
        s.failCode = ctx.fail(ctx.lastOpenError());
        return s;
    }
    Context c = ctx.serviceContext();
    c.actor = p.isSet(kBy) ? p.value(kBy).trimmed() : osUser();
    s.service.emplace(c);
    return s;
}

std::optional<qint64> grabberOption(CliContext &ctx, const QCommandLineParser &p, int &code)
{
    const auto id = parseId(p.value(kGrabber));
    if (!id) {
        code = ctx.usage(QStringLiteral("This command needs --grabber ID (a whole number)."));
    }
    return id;
}

QString dash(const std::optional<double> &v, int places)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'f', places) : QStringLiteral("—");
}

int done(CliContext &ctx, const QString &sentence, const QJsonObject &json = {})
{
    if (ctx.json) {
        QJsonObject o = json;
        o.insert(QStringLiteral("ok"), true);
        ctx.printJson(o);
    } else {
        ctx.out() << printable(sentence) << Qt::endl; // one sentence, which may quote names
    }
    return 0;
}

int list(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    Session s = session(ctx, p, false);
    if (!s.service) {
        return s.failCode;
    }
    auto cycles = s.service->cycles();
    if (!cycles) {
        return ctx.fail(cycles.error());
    }
    if (ctx.json) {
        QJsonArray a;
        for (const ReviewCycle &c : *cycles) {
            a.append(cycleJson(c));
        }
        ctx.printJson(a);
        return 0;
    }
    if (cycles->isEmpty()) {
        ctx.out() << "No review cycle yet. Create one with \"grabctl review create --quarter 2026-Q3\"." << Qt::endl;
        return 0;
    }
    for (const ReviewCycle &c : *cycles) {
        ctx.out() << c.quarter << "  " << toString(c.state).leftJustified(9) << c.progress.scored << '/' << c.progress.total << " scored, "
                  << c.progress.decisions << " decisions";
        if (!c.approvedBy.isEmpty()) {
            ctx.out() << ", approved by " << printable(c.approvedBy);
        }
        ctx.out() << '\n';
    }
    ctx.out().flush();
    return 0;
}

int create(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    Session s = session(ctx, p);
    if (!s.service) {
        return s.failCode;
    }
    auto settings = s.service->defaultSettings();
    if (!settings) {
        return ctx.fail(settings.error());
    }
    if (p.isSet(QStringLiteral("weights"))) {
        if (auto ok = settings->applyWeights(p.value(QStringLiteral("weights"))); !ok) {
            return ctx.fail(ok.error());
        }
    }
    if (p.isSet(QStringLiteral("targets"))) {
        if (auto ok = settings->applyTargets(p.value(QStringLiteral("targets"))); !ok) {
            return ctx.fail(ok.error());
        }
    }
    if (p.isSet(QStringLiteral("kpi-share"))) {
        bool ok = false;
        settings->kpiShare = p.value(QStringLiteral("kpi-share")).toDouble(&ok);
        if (!ok) {
            return ctx.usage(QStringLiteral("--kpi-share must be a number between 0 and 1."));
        }
    }
    if (p.isSet(QStringLiteral("grades"))) {
        const QStringList parts = p.value(QStringLiteral("grades")).split(u',');
        bool ok = parts.size() == 3;
        double v[3] = {};
        for (int i = 0; ok && i < 3; ++i) {
            v[i] = parts[i].toDouble(&ok);
        }
        if (!ok) {
            return ctx.usage(QStringLiteral("--grades must be three numbers A,B,C, e.g. 90,75,60."));
        }
        settings->gradeA = v[0];
        settings->gradeB = v[1];
        settings->gradeC = v[2];
    }
    auto c = s.service->create(s.quarter, *settings);
    if (!c) {
        return ctx.fail(c.error());
    }
    return done(ctx,
                QStringLiteral("Review cycle %1 created (draft, [%2, %3)).\n%4")
                    .arg(c->quarter, c->period.from.toString(Qt::ISODate), c->period.to.toString(Qt::ISODate), reviewscoring::formula(c->settings)),
                cycleJson(*c));
}

int open(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    Session s = session(ctx, p);
    if (!s.service) {
        return s.failCode;
    }
    auto opened = s.service->open(s.quarter);
    if (!opened) {
        return ctx.fail(opened.error());
    }
    return done(ctx, QStringLiteral("Review cycle %1 open: KPIs frozen for %2 active grabbers.").arg(s.quarter).arg(opened->entries),
                QJsonObject{{QStringLiteral("quarter"), s.quarter}, {QStringLiteral("entries"), opened->entries}, {QStringLiteral("openedAt"), opened->openedAt}});
}

int score(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int code = 0;
    const auto grabber = grabberOption(ctx, p, code);
    if (!grabber) {
        return code;
    }
    bool ok = false;
    const int value = p.value(QStringLiteral("score")).toInt(&ok);
    if (!ok) {
        return ctx.usage(QStringLiteral("\"review score\" needs --score 1-5 (a whole number)."));
    }
    Session s = session(ctx, p);
    if (!s.service) {
        return s.failCode;
    }
    const std::optional<QString> comment = p.isSet(QStringLiteral("comment")) ? std::optional<QString>(p.value(QStringLiteral("comment"))) : std::nullopt;
    auto e = s.service->score(s.quarter, *grabber, value, comment);
    if (!e) {
        return ctx.fail(e.error());
    }
    return done(ctx, QStringLiteral("%1 (%2): %3").arg(e->grabberName).arg(e->grabberId).arg(e->final.why), entryJson(*e));
}

int decide(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int code = 0;
    const auto grabber = grabberOption(ctx, p, code);
    if (!grabber) {
        return code;
    }
    const auto kind = decisionKindFromString(p.value(QStringLiteral("kind")));
    if (!kind) {
        return ctx.usage(QStringLiteral("--kind must be bonus, honour, promotion, training, bonus_deduction or reassignment."));
    }
    NewReviewDecision d;
    d.kind = *kind;
    if (p.isSet(QStringLiteral("amount"))) {
        d.amountMinor = parseMajorUnits(p.value(QStringLiteral("amount")));
        if (!d.amountMinor) {
            return ctx.usage(QStringLiteral("--amount must be an amount in yuan, e.g. 2000 or 1500.50."));
        }
    }
    if (p.isSet(QStringLiteral("due"))) {
        d.dueOn = QDate::fromString(p.value(QStringLiteral("due")), Qt::ISODate);
        if (!d.dueOn.isValid() || p.value(QStringLiteral("due")).size() != 10) {
            return ctx.usage(QStringLiteral("--due must be a date, YYYY-MM-DD."));
        }
    }
    d.text = p.value(QStringLiteral("text"));
    d.reason = p.value(QStringLiteral("reason"));
    d.category = p.value(QStringLiteral("category"));
    Session s = session(ctx, p);
    if (!s.service) {
        return s.failCode;
    }
    auto made = s.service->decide(s.quarter, *grabber, d);
    if (!made) {
        return ctx.fail(made.error());
    }
    return done(ctx, QStringLiteral("Decision %1 recorded: %2 for grabber %3.").arg(made->id).arg(toString(made->kind)).arg(*grabber), decisionJson(*made));
}

int undecide(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const auto id = parseId(p.value(QStringLiteral("decision")));
    if (!id) {
        return ctx.usage(QStringLiteral("\"review undecide\" needs --decision ID."));
    }
    Session s = session(ctx, p);
    if (!s.service) {
        return s.failCode;
    }
    if (auto r = s.service->removeDecision(s.quarter, *id); !r) {
        return ctx.fail(r.error());
    }
    return done(ctx, QStringLiteral("Decision %1 taken back.").arg(*id));
}

int approve(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    if (!p.isSet(kBy)) {
        return ctx.usage(QStringLiteral("\"review approve\" needs --by NAME: the approver."));
    }
    Session s = session(ctx, p);
    if (!s.service) {
        return s.failCode;
    }
    if (auto r = s.service->approve(s.quarter, p.value(kBy)); !r) {
        return ctx.fail(r.error());
    }
    return done(ctx, QStringLiteral("Review cycle %1 approved by %2.").arg(s.quarter, p.value(kBy).trimmed()));
}

int withdraw(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    Session s = session(ctx, p);
    if (!s.service) {
        return s.failCode;
    }
    if (auto r = s.service->withdrawApproval(s.quarter); !r) {
        return ctx.fail(r.error());
    }
    return done(ctx, QStringLiteral("Approval of %1 withdrawn: the cycle is back in scoring.").arg(s.quarter));
}

int lock(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    Session s = session(ctx, p);
    if (!s.service) {
        return s.failCode;
    }
    if (auto r = s.service->lock(s.quarter); !r) {
        return ctx.fail(r.error());
    }
    return done(ctx, QStringLiteral("Review cycle %1 locked: nothing in it can change any more.").arg(s.quarter));
}

void printSheet(QTextStream &out, const ReviewEntry &e)
{
    const GrabberKpis &k = e.snapshot.kpis;
    out << printable(e.grabberName) << " (id " << e.grabberId << ", " << e.snapshot.level << ") — review " << e.quarter << " (" << toString(e.cycleState) << ")\n"
        << "KPIs frozen: volume " << k.volume << ", won " << k.won << ", lost " << k.lost << ", reclaimed " << k.reclaimed << ", success "
        << reviewscoring::shown(ReviewKpi::SuccessRate, k.successRate) << ", failure " << reviewscoring::shown(ReviewKpi::FailureRate, k.failureRate)
        << ", revenue " << reviewscoring::shown(ReviewKpi::Revenue, double(k.revenueMinor)) << ", satisfaction "
        << reviewscoring::shown(ReviewKpi::Satisfaction, k.satisfaction) << " (" << k.feedbackCount << "), median response "
        << reviewscoring::shown(ReviewKpi::MedianResponse, k.medianResponseS) << ", violations " << k.violations << '\n';
    for (const ReviewKpiPart &part : e.kpi.parts) {
        out << "  " << part.why << '\n';
    }
    out << e.kpi.why << '\n'
        << "Supervisor: " << (e.supervisorScore ? QString::number(*e.supervisorScore) : QStringLiteral("—"))
        << (e.comment.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(printable(e.comment))) << '\n'
        << e.final.why << '\n';
    for (const ReviewDecision &d : e.decisions) {
        out << "Decision " << d.id << ": " << toString(d.kind);
        if (d.amountMinor) {
            out << " ¥" << formatMajorUnits(*d.amountMinor);
        }
        if (!d.text.isEmpty()) {
            out << " \"" << printable(d.text) << '"';
        }
        if (!d.category.isEmpty()) {
            out << " (" << d.category << ", due " << d.dueOn.toString(Qt::ISODate) << ")";
        }
        if (!d.reason.isEmpty()) {
            out << " — reason: " << printable(d.reason);
        }
        out << " [by " << printable(d.decidedBy) << "]\n";
    }
    if (e.hasPenalty() || !e.violations().isEmpty()) {
        out << "Violations of the quarter (" << e.violations().size() << "):\n";
        for (const ReviewViolation &v : e.violations()) {
            out << "  #" << v.id << ' ' << QDateTime::fromMSecsSinceEpoch(v.at, QTimeZone::utc()).toString(Qt::ISODate) << ' ' << printable(v.type) << " ("
                << v.severity << ", " << v.source << ")" << (v.orderId ? QStringLiteral(" order #%1").arg(*v.orderId) : QString())
                << (v.note.isEmpty() ? QString() : QStringLiteral(" — ") + printable(v.note)) << '\n';
        }
    }
}

int show(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    std::optional<qint64> grabber;
    if (p.isSet(kGrabber)) {
        int code = 0;
        grabber = grabberOption(ctx, p, code);
        if (!grabber) {
            return code;
        }
    }
    Session s = session(ctx, p);
    if (!s.service) {
        return s.failCode;
    }
    if (grabber) {
        auto e = s.service->entry(s.quarter, *grabber);
        if (!e) {
            return ctx.fail(e.error());
        }
        if (ctx.json) {
            ctx.printJson(entryJson(*e));
        } else {
            printSheet(ctx.out(), *e);
            ctx.out().flush();
        }
        return 0;
    }
    auto v = s.service->cycle(s.quarter);
    if (!v) {
        return ctx.fail(v.error());
    }
    if (ctx.json) {
        QJsonArray entries;
        for (const ReviewEntry &e : v->entries) {
            entries.append(entryJson(e));
        }
        QJsonObject o = cycleJson(v->cycle);
        o.insert(QStringLiteral("formula"), v->formula);
        o.insert(QStringLiteral("entries"), entries);
        ctx.printJson(o);
        return 0;
    }
    const ReviewCycle &c = v->cycle;
    QTextStream &out = ctx.out();
    out << "Review " << c.quarter << " [" << c.period.from.toString(Qt::ISODate) << ", " << c.period.to.toString(Qt::ISODate) << "): " << toString(c.state);
    if (!c.approvedBy.isEmpty()) {
        out << ", approved by " << printable(c.approvedBy);
    }
    out << "; " << c.progress.scored << " of " << c.progress.total << " scored, " << c.progress.decisions << " decisions\n" << v->formula << '\n';
    if (!c.progress.missing.isEmpty()) {
        QStringList names;
        for (const auto &[id, name] : c.progress.missing) {
            names << QStringLiteral("%1 (%2)").arg(printable(name)).arg(id);
        }
        out << "Not scored yet: " << names.join(QStringLiteral(", ")) << '\n';
    }
    out << '\n'
        << QStringLiteral("%1  %2 %3 %4 %5 %6  %7").arg(QStringLiteral("id").rightJustified(4), QStringLiteral("name").leftJustified(12),
                                                       QStringLiteral("KPI").rightJustified(6), QStringLiteral("sup.").rightJustified(4),
                                                       QStringLiteral("final").rightJustified(6), QStringLiteral("grade"), QStringLiteral("decisions"))
        << '\n';
    for (const ReviewEntry &e : v->entries) {
        QStringList kinds;
        for (const ReviewDecision &d : e.decisions) {
            kinds << toString(d.kind);
        }
        out << QStringLiteral("%1  %2 %3 %4 %5 %6  %7")
                   .arg(QString::number(e.grabberId).rightJustified(4), printable(e.grabberName).leftJustified(12), dash(e.kpi.score, 1).rightJustified(6),
                        (e.supervisorScore ? QString::number(*e.supervisorScore) : QStringLiteral("—")).rightJustified(4),
                        dash(e.final.score, 1).rightJustified(6), (e.final.grade.isEmpty() ? QStringLiteral("—") : e.final.grade).leftJustified(5),
                        kinds.join(QStringLiteral(", ")))
            << '\n';
    }
    out.flush();
    return 0;
}

int history(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int code = 0;
    const auto grabber = grabberOption(ctx, p, code);
    if (!grabber) {
        return code;
    }
    Session s = session(ctx, p, false);
    if (!s.service) {
        return s.failCode;
    }
    auto entries = s.service->history(*grabber);
    if (!entries) {
        return ctx.fail(entries.error());
    }
    if (ctx.json) {
        QJsonArray a;
        for (const ReviewEntry &e : *entries) {
            a.append(entryJson(e));
        }
        ctx.printJson(a);
        return 0;
    }
    for (const ReviewEntry &e : *entries) {
        ctx.out() << e.quarter << "  " << toString(e.cycleState).leftJustified(9) << "KPI " << dash(e.kpi.score, 1) << "  supervisor "
                  << (e.supervisorScore ? QString::number(*e.supervisorScore) : QStringLiteral("—")) << "  final " << dash(e.final.score, 1) << "  grade "
                  << (e.final.grade.isEmpty() ? QStringLiteral("—") : e.final.grade) << "  success "
                  << reviewscoring::shown(ReviewKpi::SuccessRate, e.snapshot.kpis.successRate) << "  won " << e.snapshot.kpis.won << '\n';
    }
    ctx.out().flush();
    return 0;
}

int exportCsv(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    const QString path = p.value(QStringLiteral("out"));
    if (path.trimmed().isEmpty()) {
        return ctx.usage(QStringLiteral("\"review export\" needs --out FILE.csv."));
    }
    Session s = session(ctx, p);
    if (!s.service) {
        return s.failCode;
    }
    auto v = s.service->cycle(s.quarter);
    if (!v) {
        return ctx.fail(v.error());
    }
    auto rules = RuleService(ctx.serviceContext()).current();
    if (!rules) {
        return ctx.fail(rules.error());
    }
    ExportSink file(path); // written whole and synced, or not at all
    if (auto opened = file.open(); !opened) {
        return ctx.fail(opened.error());
    }
    if (!ReviewExport::write(&file, *v, rules->timeZone, ctx.clock().nowMs())) {
        return ctx.fail(file.writeError());
    }
    if (auto committed = file.commit(); !committed) {
        return ctx.fail(committed.error());
    }
    return done(ctx, QStringLiteral("Wrote %1 grabbers of the review %2 to %3.").arg(v->entries.size()).arg(s.quarter, path),
                QJsonObject{{QStringLiteral("rows"), int(v->entries.size())}, {QStringLiteral("file"), path}});
}

} // namespace

QList<Command> reviewCommands()
{
    const auto o = [](const char *name, const char *help, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    return {
        Command{QStringLiteral("review list"), QStringLiteral("Every review cycle, newest quarter first, with its progress."), {kBy}, {}, list},
        Command{QStringLiteral("review create"),
                QStringLiteral("Create a draft review cycle for a quarter; weights and targets default to the rule set's."),
                {kQuarter, kBy,
                 o("weights", "KPI weights, e.g. success_rate=30,won=20 (KPIs: success_rate, failure_rate, won, revenue, satisfaction, median_response, violations).",
                   "KPI=W,..."),
                 o("targets", "Quarter targets, e.g. success_rate=0.6,revenue=600000 (revenue in yuan, median_response in seconds).", "KPI=T,..."),
                 o("kpi-share", "The KPI score's share of the final score, 0-1 (default 0.6).", "X"),
                 o("grades", "Grade thresholds A,B,C of the final score (default 90,75,60).", "A,B,C")},
                {},
                create},
        Command{QStringLiteral("review open"), QStringLiteral("Open a draft cycle: freeze every active grabber's KPIs for the quarter."), {kQuarter, kBy}, {}, open},
        Command{QStringLiteral("review score"), QStringLiteral("Give a grabber the supervisor's score (1-5) and a comment; the final score and grade follow."),
                {kQuarter, kGrabber, kBy, o("score", "The supervisor's score, 1 to 5.", "1-5"), o("comment", "The supervisor's comment.", "TEXT")},
                {},
                score},
        Command{QStringLiteral("review decide"),
                QStringLiteral("Record a decision for a grabber: bonus, honour, promotion, training, bonus_deduction or reassignment."),
                {kQuarter, kGrabber, kBy, o("kind", "bonus | honour | promotion | training | bonus_deduction | reassignment.", "KIND"),
                 o("amount", "Bonus or deduction in yuan.", "YUAN"), o("text", "The honour or title, the promotion, the course, or where to.", "TEXT"),
                 o("due", "Training: due date, YYYY-MM-DD.", "DATE"), o("reason", "Required for a penalty (bonus_deduction, reassignment).", "TEXT"),
                 o("category", "Training: sales_skills | product_knowledge | customer_service.", "CATEGORY")},
                {},
                decide},
        Command{QStringLiteral("review undecide"), QStringLiteral("Take back a decision while the cycle is open or scoring."),
                {kQuarter, kBy, o("decision", "The decision's id.", "ID")},
                {},
                undecide},
        Command{QStringLiteral("review approve"), QStringLiteral("Approve a cycle in scoring; refused while any grabber is unscored."), {kQuarter, kBy}, {},
                approve},
        Command{QStringLiteral("review withdraw"), QStringLiteral("Withdraw an approval: the cycle goes back to scoring."), {kQuarter, kBy}, {}, withdraw},
        Command{QStringLiteral("review lock"), QStringLiteral("Lock an approved cycle: nothing in it can change any more."), {kQuarter, kBy}, {}, lock},
        Command{QStringLiteral("review show"), QStringLiteral("A cycle with every grabber's scores, or one grabber's sheet with --grabber."),
                {kQuarter, kGrabber, kBy}, {}, show},
        Command{QStringLiteral("review history"), QStringLiteral("A grabber's reviews, quarter by quarter."), {kGrabber, kBy}, {}, history},
        Command{QStringLiteral("review export"), QStringLiteral("Write a cycle as CSV for Excel: one row per grabber (KPIs, scores, grade, decisions)."),
                {kQuarter, kBy, o("out", "The CSV file to write.", "FILE")},
                {},
                exportCsv},
    };
}

} // namespace grab::cli
