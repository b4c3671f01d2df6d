// A disk that fails on purpose: an SQLite VFS, preloaded into a real grabctl (LD_PRELOAD), that
// passes everything through to the default VFS but returns an I/O error on the N-th write, sync
// or read. Qt's SQLite driver on Debian uses the system libsqlite3, and so does this library, so
// registering the VFS as the default one puts it under every connection the process opens.
//
// GRABDESK_FAIL_AT    "write:N", "sync:N" or "read:N": that call (counted from 1 over every file
//                     SQLite opens: the database, its WAL or journal, temporary files) fails with
//                     SQLITE_IOERR_WRITE / _FSYNC / _READ and does nothing. Later calls succeed,
//                     as after a transient fault of the disk or the controller.
// GRABDESK_FAIL_COUNTS a file to which the counts are written at exit ("writes W syncs S reads R"),
//                     so a test learns how many calls an operation makes before it sweeps them.
#include <sqlite3.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

enum class Kind { None, Write, Sync, Read };

Kind g_failKind = Kind::None;
long g_failAt = 0;
std::atomic<long> g_writes{0};
std::atomic<long> g_syncs{0};
std::atomic<long> g_reads{0};
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

bool failsNow(Kind kind, std::atomic<long> &counter)
{
    const long n = ++counter;
    return g_failKind == kind && n == g_failAt;
}

struct File
{
    sqlite3_file base;
    sqlite3_file *real; // the default VFS's file, allocated right after this struct
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

int xClose(sqlite3_file *f)
{
    sqlite3_file *r = realOf(f);
    return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}
int xRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    if (failsNow(Kind::Read, g_reads)) {
        return SQLITE_IOERR_READ;
    }
    return realOf(f)->pMethods->xRead(realOf(f), buf, amount, offset);
}
int xWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    if (failsNow(Kind::Write, g_writes)) {
        return SQLITE_IOERR_WRITE;
    }
    return realOf(f)->pMethods->xWrite(realOf(f), buf, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    if (failsNow(Kind::Sync, g_syncs)) {
        return SQLITE_IOERR_FSYNC;
    }
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int xLock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **p)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, p);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
// Memory-mapped reads would bypass xRead; GrabDesk does not use mmap, and refusing the mapping
// makes SQLite fall back to xRead, so every read is counted.
int xFetch(sqlite3_file *, sqlite3_int64, int, void **p)
{
    *p = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods = {3,        xClose,     xRead,         xWrite,      xTruncate,         xSync,      xFileSize,
                                     xLock,    xUnlock,    xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics,
                                     xShmMap,  xShmLock,   xShmBarrier,   xShmUnmap,   xFetch,            xUnfetch};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    file->real->pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    // SQLite calls xClose only on a file whose pMethods is set: keep ours unset when the open failed.
    file->base.pMethods = file->real->pMethods ? &kMethods : nullptr;
    return rc;
}

void writeCounts()
{
    if (const char *path = std::getenv("GRABDESK_FAIL_COUNTS")) {
        if (FILE *out = std::fopen(path, "w")) {
            std::fprintf(out, "writes %ld syncs %ld reads %ld\n", g_writes.load(), g_syncs.load(), g_reads.load());
            std::fclose(out);
        }
    }
}

__attribute__((constructor)) void install()
{
    if (const char *spec = std::getenv("GRABDESK_FAIL_AT")) {
        const char *colon = std::strchr(spec, ':');
        if (colon) {
            const std::size_t len = std::size_t(colon - spec);
            g_failKind = std::strncmp(spec, "write", len) == 0 ? Kind::Write
                : std::strncmp(spec, "sync", len) == 0         ? Kind::Sync
                : std::strncmp(spec, "read", len) == 0         ? Kind::Read
                                                               : Kind::None;
            g_failAt = std::strtol(colon + 1, nullptr, 10);
        }
    }
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real) {
        return;
    }
    g_vfs = *g_real; // every other method (delete, access, full pathname, randomness, time) passes through
    g_vfs.zName = "grabdesk-failing";
    g_vfs.szOsFile = int(sizeof(File)) + g_real->szOsFile;
    g_vfs.xOpen = xOpen;
    g_vfs.pNext = nullptr;
    sqlite3_vfs_register(&g_vfs, 1);
    std::atexit(writeCounts);
}

} // namespace
