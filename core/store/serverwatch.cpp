#include "serverwatch.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <algorithm>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

namespace grab::serverwatch {
namespace {

constexpr int kTickMs = 250;

// One watched connection, known by its socket and both its ends: a socket number the driver
// closed may be given to another socket, which then no longer has these ends and is dropped,
// never cut.
struct Watched
{
    const void *driver = nullptr; // the QSqlDriver: one per connection, kept across reopening
    const void *conn = nullptr;   // libpq's PGconn, valid until forget() (called before closing)
    int fd = -1;
    sockaddr_storage local{};
    sockaddr_storage peer{};
    socklen_t localSize = 0;
    socklen_t peerSize = 0;
    qint64 probedAtMs = 0;
};

struct Registry
{
    std::mutex mutex;
    std::condition_variable added;
    std::vector<Watched> watched;
    bool running = false;
    std::optional<Cut> lastCut;
};

// Never destroyed: the watching thread may still look at it while the process exits.
Registry &registry()
{
    static Registry *r = new Registry;
    return *r;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// libpq's accessors, looked up in the library Qt's driver loaded: the driver hands out its
// PGconn but GrabDesk does not link to libpq itself.
struct LibPq
{
    int (*socket)(const void *) = nullptr;
    int (*transactionStatus)(const void *) = nullptr; // PQTRANS_ACTIVE (1): a command is in progress
};
constexpr int kTransactionActive = 1;

const LibPq &libpq()
{
    static const LibPq functions = [] {
        LibPq f;
        if (void *library = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD)) {
            f.socket = reinterpret_cast<int (*)(const void *)>(dlsym(library, "PQsocket"));
            f.transactionStatus = reinterpret_cast<int (*)(const void *)>(dlsym(library, "PQtransactionStatus"));
        }
        return f;
    }();
    return functions;
}

const void *connOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // The driver declares the handle's type as "PGconn*"; Qt names it after the struct behind the
    // typedef.
    const char *type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0)) {
        return nullptr;
    }
    return *static_cast<const void *const *>(handle.constData());
}

bool sameEnds(const Watched &w)
{
    sockaddr_storage local{};
    sockaddr_storage peer{};
    socklen_t localSize = sizeof local;
    socklen_t peerSize = sizeof peer;
    return getsockname(w.fd, reinterpret_cast<sockaddr *>(&local), &localSize) == 0
           && getpeername(w.fd, reinterpret_cast<sockaddr *>(&peer), &peerSize) == 0 && localSize == w.localSize
           && peerSize == w.peerSize && std::memcmp(&local, &w.local, localSize) == 0 && std::memcmp(&peer, &w.peer, peerSize) == 0;
}

// How long nothing has come on the connection while a command is in progress on it (libpq's
// own state, read where libpq keeps it: the owning thread may be inside libpq meanwhile, and the
// value is a plain word); 0 when no command is.
qint64 waitingMs(const Watched &w)
{
    if (libpq().transactionStatus(w.conn) != kTransactionActive) {
        return 0;
    }
    tcp_info info{};
    socklen_t size = sizeof info;
    if (getsockopt(w.fd, IPPROTO_TCP, TCP_INFO, &info, &size) != 0) {
        return 0;
    }
    return qint64(info.tcpi_last_data_recv);
}

// Whether the server at `peer` answers a new connection within kProbeMs: it takes it and
// answers a cancel request (naming no session, so nothing is cancelled) by closing it.
bool serverAnswers(const sockaddr_storage &peer, socklen_t peerSize)
{
    const qint64 deadline = nowMs() + kProbeMs;
    const int s = socket(peer.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (s < 0) {
        return true; // nothing to judge by: leave the connection alone
    }
    auto waitFor = [&](short events) {
        pollfd p{s, events, 0};
        for (;;) {
            const qint64 left = deadline - nowMs();
            if (left <= 0) {
                return false;
            }
            const int n = poll(&p, 1, int(left));
            if (n > 0) {
                return true;
            }
            if (n < 0 && errno != EINTR) {
                return false;
            }
        }
    };
    bool answered = false;
    if (connect(s, reinterpret_cast<const sockaddr *>(&peer), peerSize) == 0 || errno == EINPROGRESS) {
        int error = 0;
        socklen_t size = sizeof error;
        if (waitFor(POLLOUT) && getsockopt(s, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0) {
            // CancelRequest: length 16, code 80877102, process 0, key 0 (protocol 3.0, network order).
            const unsigned char request[16] = {0, 0, 0, 16, 0x04, 0xd2, 0x16, 0x2e, 0, 0, 0, 0, 0, 0, 0, 0};
            if (send(s, request, sizeof request, MSG_NOSIGNAL) == qsizetype(sizeof request) && waitFor(POLLIN)) {
                char byte = 0;
                const auto n = recv(s, &byte, 1, 0);
                answered = n >= 0 || errno == ECONNRESET; // closed (or reset): the server acted on it
            }
        }
    }
    close(s);
    return answered;
}

void watchLoop()
{
    Registry &r = registry();
    for (;;) {
        std::vector<Watched> due;
        {
            std::unique_lock lock(r.mutex);
            r.added.wait(lock, [&] { return !r.watched.empty(); });
            const qint64 now = nowMs();
            for (auto it = r.watched.begin(); it != r.watched.end();) {
                if (!sameEnds(*it)) {
                    it = r.watched.erase(it);
                    continue;
                }
                if (waitingMs(*it) >= kQuietMs && now - it->probedAtMs >= kReprobeMs) {
                    it->probedAtMs = now;
                    due.push_back(*it);
                }
                ++it;
            }
        }
        for (const Watched &w : due) {
            if (serverAnswers(w.peer, w.peerSize)) {
                continue;
            }
            std::lock_guard lock(r.mutex);
            // Still watched (not closed meanwhile), the same connection, and still waiting: its
            // answer may have come while the server was asked.
            const auto it = std::find_if(r.watched.begin(), r.watched.end(), [&](const Watched &x) { return x.driver == w.driver; });
            const qint64 silent = it != r.watched.end() && it->conn == w.conn && sameEnds(*it) ? waitingMs(*it) : 0;
            if (silent >= kQuietMs) {
                shutdown(w.fd, SHUT_RDWR);
                r.lastCut = Cut{nowMs(), silent};
                r.watched.erase(it);
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(kTickMs));
    }
}

} // namespace

void watch(const QSqlDatabase &db)
{
    forget(db);
    Watched w;
    w.driver = db.driver();
    w.conn = connOf(db);
    w.fd = w.conn && libpq().socket && libpq().transactionStatus ? libpq().socket(w.conn) : -1;
    w.localSize = sizeof w.local;
    w.peerSize = sizeof w.peer;
    if (w.fd < 0 || getsockname(w.fd, reinterpret_cast<sockaddr *>(&w.local), &w.localSize) != 0
        || getpeername(w.fd, reinterpret_cast<sockaddr *>(&w.peer), &w.peerSize) != 0
        || (w.peer.ss_family != AF_INET && w.peer.ss_family != AF_INET6)) {
        return; // no socket to watch, or a Unix socket
    }
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    r.watched.push_back(w);
    if (!r.running) {
        r.running = true;
        std::thread(watchLoop).detach();
    }
    r.added.notify_all();
}

void forget(const QSqlDatabase &db)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    std::erase_if(r.watched, [&](const Watched &x) { return x.driver == db.driver(); });
}

std::optional<Cut> lastCut()
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    return r.lastCut;
}

bool cutWithin(qint64 ms)
{
    const auto cut = lastCut();
    return cut && nowMs() - cut->atMs < ms;
}

} // namespace grab::serverwatch
