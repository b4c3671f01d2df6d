// serve: the rules' timers with no window open (reclaim, expiry, escalation and dispatch), on a
// file or a team server, until SIGTERM or Ctrl+C. installer/ has its systemd unit.
#include "clicontext.h"

#include "services/rules/rulesweep.h"
#include "services/rules/servicepresence.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

#include <csignal>

namespace grab::cli {
namespace {

volatile std::sig_atomic_t s_stop = 0;

extern "C" void onStopSignal(int)
{
    s_stop = 1;
}

// One line of the service's log, on stderr (journald keeps it under systemd).
void logLine(CliContext &ctx, const QString &text)
{
    ctx.err() << QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << ' ' << text << Qt::endl;
}

int serve(CliContext &ctx, const QCommandLineParser &p, const QStringList &)
{
    int intervalSeconds = 60;
    if (p.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        intervalSeconds = p.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || intervalSeconds < 1 || intervalSeconds > 3600) {
            return ctx.usage(QStringLiteral("--interval takes whole seconds from 1 to 3600, not \"%1\".").arg(p.value(QStringLiteral("interval"))));
        }
    }
    Database *db = ctx.database(Database::Mode::OpenExisting);
    if (!db) {
        return ctx.fail(ctx.lastOpenError());
    }
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    const Context c = ctx.serviceContext();
    const QString host = QSysInfo::machineHostName();
    const qint64 pid = QCoreApplication::applicationPid();
    auto id = ServicePresence(c).enter(host, pid, QCoreApplication::applicationVersion());
    if (!id) {
        return ctx.fail(id.error());
    }
    logLine(ctx, QStringLiteral("serving %1: the rules are checked every %2 s (service %3, %4, pid %5); stop with Ctrl+C or SIGTERM.")
                     .arg(db->path())
                     .arg(intervalSeconds)
                     .arg(*id)
                     .arg(host)
                     .arg(pid));

    QElapsedTimer sinceSweep;
    QElapsedTimer sinceBeat;
    // "Still alive", with the sweep's summary when one ran. A record that another service's
    // clean-up forgot after a long pause is made again; any other failure is logged once (the
    // windows then see no service, which is the truth until the beats work again).
    bool beatFailing = false;
    const auto beat = [&](const std::optional<QString> &summary) {
        sinceBeat.start();
        Status s = ServicePresence(c).beat(*id, summary);
        if (!s && s.error().reason == QLatin1String("service_forgotten")) {
            auto again = ServicePresence(c).enter(host, pid, QCoreApplication::applicationVersion());
            s = again ? Status(Done{}) : Status(again.error());
            if (again) {
                *id = *again;
            }
        }
        if (!s && !beatFailing) {
            logLine(ctx, QStringLiteral("the heartbeat could not be recorded: %1").arg(s.error().message));
        }
        beatFailing = !s;
    };
    bool sweepDue = true; // at once: catch up with what fell due while nobody swept
    bool failing = false; // a failure is logged once, and its end too
    while (!s_stop) {
        if (sweepDue || sinceSweep.hasExpired(qint64(intervalSeconds) * 1000)) {
            sweepDue = false;
            sinceSweep.start();
            auto round = RuleSweep(c).run();
            if (!round) {
                if (!failing) {
                    logLine(ctx, QStringLiteral("the rules could not be checked: %1").arg(round.error().message));
                    failing = true;
                }
                if (isServerLost(round.error())) {
                    db->reconnect(); // tried again at the next round, whatever this says
                }
            } else {
                if (failing) {
                    logLine(ctx, QStringLiteral("the rules are checked again."));
                    failing = false;
                }
                if (round->didSomething()) {
                    logLine(ctx, QStringLiteral("swept: %1").arg(round->summary()));
                }
                beat(round->ran ? std::optional<QString>(round->summary()) : std::nullopt);
            }
        } else if (!sinceBeat.isValid() || sinceBeat.hasExpired(ServicePresence::kBeatMs)) {
            beat(std::nullopt);
        }
        QThread::msleep(100);
    }
    if (auto s = ServicePresence(c).leave(*id); !s) {
        logLine(ctx, QStringLiteral("stopped; the service's record stays until it is a day old: %1").arg(s.error().message));
    } else {
        logLine(ctx, QStringLiteral("stopped."));
    }
    return 0;
}

// Which services run the rules now, from their heartbeats: what an administrator asks first.
int services(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    if (!ctx.database(Database::Mode::OpenExisting)) {
        return ctx.fail(ctx.lastOpenError());
    }
    auto alive = ServicePresence(ctx.serviceContext()).alive();
    if (!alive) {
        return ctx.fail(alive.error());
    }
    const auto time = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate); };
    if (ctx.json) {
        QJsonArray list;
        for (const ServiceBeat &b : *alive) {
            list.append(QJsonObject{{QStringLiteral("id"), b.id},
                                    {QStringLiteral("host"), b.host},
                                    {QStringLiteral("pid"), b.pid},
                                    {QStringLiteral("version"), b.version},
                                    {QStringLiteral("startedAt"), time(b.startedAt)},
                                    {QStringLiteral("beatAt"), time(b.beatAt)},
                                    {QStringLiteral("sweptAt"), b.sweptAt ? QJsonValue(time(*b.sweptAt)) : QJsonValue()},
                                    {QStringLiteral("lastSweep"), b.lastSweep}});
        }
        ctx.printJson(list);
        return 0;
    }
    if (alive->isEmpty()) {
        ctx.out() << "No service is running the rules (start one with: grabctl --db " << ctx.database()->path() << " serve)." << Qt::endl;
        return 0;
    }
    for (const ServiceBeat &b : *alive) {
        ctx.out() << "service " << b.id << " on " << b.host << " (pid " << b.pid << ", " << b.version << "), since " << time(b.startedAt)
                  << ", alive at " << time(b.beatAt);
        if (b.sweptAt) {
            ctx.out() << "; last sweep " << time(*b.sweptAt) << ": " << b.lastSweep;
        }
        ctx.out() << Qt::endl;
    }
    return 0;
}

} // namespace

QList<Command> serveCommands()
{
    return {
        Command{QStringLiteral("serve"),
                QStringLiteral("Run the rules' timers (reclaim, expiry, escalation and dispatch) with no window open, until SIGTERM or Ctrl+C; "
                               "one log line on stderr per sweep that did something."),
                {QCommandLineOption(QStringLiteral("interval"), QStringLiteral("Seconds between two sweeps (default 60)."), QStringLiteral("SECONDS"))},
                {},
                serve},
        Command{QStringLiteral("services"), QStringLiteral("List the services (grabctl serve) alive now, from their heartbeats, and what each last swept."), {}, {},
                services},
    };
}

} // namespace grab::cli
