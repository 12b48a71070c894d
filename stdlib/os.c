/* os.c — the system calls of packages os and syscall.
 *
 * Each native makes one call and returns its results and the errno (0 for
 * none); package os's Go source turns errnos into syscall.Errno values
 * inside Go's error types (PathError, LinkError, SyscallError), so all the
 * wording is Go's. Reads and writes go through ioblock.c, which parks the
 * goroutine when the descriptor would block; writes to fd 1 and 2 go
 * through rt/out.c, so that they stay in order with fmt's output.
 *
 * Exit remembers its status, for minigo test's summary line.
 *
 * Descriptors are opened O_CLOEXEC, as Go opens them. File modes come
 * back already in Go's FileMode layout (type bits high, mode_of).
 */
#include <gc.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
#include "ioblock.h"
#include "natives.h"
#include "scheduler.h"

extern char **environ;

/* A NUL-terminated copy of a Go string (GC memory). */
static char *cstr(const GoString *s) {
    char *c = GC_MALLOC_ATOMIC((size_t)str_len(s) + 1);
    memcpy(c, str_data(s), (size_t)str_len(s));
    c[str_len(s)] = 0;
    return c;
}

/* The bytes of a []byte argument. */
static char *bytes_of(const GoSlice *b, size_t *n) {
    *n = b ? (size_t)b->len : 0;
    return b ? b->data : NULL;
}

static bool has_nul(const GoString *s) { return memchr(str_data(s), 0, (size_t)str_len(s)) != NULL; }

/* ---- the process ---- */

static _Atomic int exit_status = -1;

int os_exit_status(void) { return exit_status; }

static NatStatus os_Exit(G *g, Value *args) {
    (void)g;
    exit_status = (int)args[0].i;
    out_flush();
    sched_exit((int)args[0].i);
}

/* The program's name and arguments, as `go run` gives them to os.Args. */
static int os_argc;
static char **os_argv;

void os_set_args(int argc, char **argv) {
    os_argc = argc;
    os_argv = argv;
}

static NatStatus os_args(G *g, Value *args) {
    (void)g;
    GoSlice *s = slice_new(8, os_argc, os_argc, true);
    for (int i = 0; i < os_argc; i++) ((Value *)s->data)[i].s = str_cstr(os_argv[i]);
    args[0].sl = s;
    return NAT_OK;
}

static NatStatus os_Getpid(G *g, Value *a) { (void)g; a[0].i = getpid(); return NAT_OK; }
static NatStatus os_Getppid(G *g, Value *a) { (void)g; a[0].i = getppid(); return NAT_OK; }
static NatStatus os_Getuid(G *g, Value *a) { (void)g; a[0].i = getuid(); return NAT_OK; }
static NatStatus os_Geteuid(G *g, Value *a) { (void)g; a[0].i = geteuid(); return NAT_OK; }
static NatStatus os_Getgid(G *g, Value *a) { (void)g; a[0].i = getgid(); return NAT_OK; }
static NatStatus os_Getegid(G *g, Value *a) { (void)g; a[0].i = getegid(); return NAT_OK; }
static NatStatus os_Getpagesize(G *g, Value *a) { (void)g; a[0].i = sysconf(_SC_PAGESIZE); return NAT_OK; }

static NatStatus os_hostname(G *g, Value *a) {
    (void)g;
    char buf[256];
    if (gethostname(buf, sizeof buf) != 0) {
        a[0].s = NULL;
        a[1].i = errno;
        return NAT_OK;
    }
    buf[sizeof buf - 1] = 0;
    a[0].s = str_cstr(buf);
    a[1].i = 0;
    return NAT_OK;
}

/* func random_() uint32: for temporary names */
static NatStatus os_random(G *g, Value *a) {
    (void)g;
    a[0].u = (uint32_t)sched_rand();
    return NAT_OK;
}

/* ---- the environment (libc's, which Getenv and Setenv share) ---- */

static NatStatus os_lookupEnv(G *g, Value *a) {
    (void)g;
    const char *v = has_nul(a[0].s) ? NULL : getenv(cstr(a[0].s));
    a[0].s = v ? str_cstr(v) : NULL;
    a[1].i = v != NULL;
    return NAT_OK;
}

/* Go's syscall.Setenv: an empty key, or one with '=' or NUL, or a value
 * with NUL, is EINVAL. */
static NatStatus os_setenv(G *g, Value *a) {
    (void)g;
    GoString *k = a[0].s, *v = a[1].s;
    if (str_len(k) == 0 || memchr(str_data(k), '=', (size_t)str_len(k)) || has_nul(k) || has_nul(v)) {
        a[0].i = EINVAL;
        return NAT_OK;
    }
    a[0].i = setenv(cstr(k), cstr(v), 1) == 0 ? 0 : errno;
    return NAT_OK;
}

static NatStatus os_unsetenv(G *g, Value *a) {
    (void)g;
    GoString *k = a[0].s;
    if (str_len(k) == 0 || memchr(str_data(k), '=', (size_t)str_len(k)) || has_nul(k)) {
        a[0].i = 0;   /* Go's Unsetenv of such a key does nothing */
        return NAT_OK;
    }
    a[0].i = unsetenv(cstr(k)) == 0 ? 0 : errno;
    return NAT_OK;
}

static NatStatus os_environ(G *g, Value *a) {
    (void)g;
    int64_t n = 0;
    while (environ && environ[n]) n++;
    GoSlice *s = slice_new(8, n, n, true);
    for (int64_t i = 0; i < n; i++) ((Value *)s->data)[i].s = str_cstr(environ[i]);
    a[0].sl = s;
    return NAT_OK;
}

static NatStatus os_clearenv(G *g, Value *a) {
    (void)g;
    (void)a;
    clearenv();
    return NAT_OK;
}

/* ---- descriptors ---- */

static NatStatus os_open(G *g, Value *a) {
    (void)g;
    int fd;
    if (has_nul(a[0].s)) {
        fd = -1;
        errno = EINVAL;
    } else {
        do fd = open(cstr(a[0].s), (int)a[1].i | O_CLOEXEC, (mode_t)a[2].u);
        while (fd < 0 && errno == EINTR);
    }
    a[0].i = fd;
    a[1].i = fd < 0 ? errno : 0;
    return NAT_OK;
}

static NatStatus os_close(G *g, Value *a) {
    (void)g;
    a[0].i = close((int)a[0].i) == 0 || errno == EINTR ? 0 : errno;
    return NAT_OK;
}

static NatStatus os_read(G *g, Value *a) {
    size_t n;
    char *p = bytes_of(a[1].sl, &n);
    return io_read(g, a, (int)a[0].i, p, n);
}

/* func write_(fd int, b []byte) (n int, errno int) */
static NatStatus os_write(G *g, Value *a) {
    size_t n;
    char *p = bytes_of(a[1].sl, &n);
    int fd = (int)a[0].i;
    if (fd == 1 || fd == 2) {
        if (n) out_write(fd, p, n);
        a[0].i = (int64_t)n;
        a[1].i = 0;
        return NAT_OK;
    }
    return io_write(g, a, fd, p, n);
}

static NatStatus os_pread(G *g, Value *a) {
    (void)g;
    size_t n;
    char *p = bytes_of(a[1].sl, &n);
    ssize_t r;
    do r = pread((int)a[0].i, p, n, (off_t)a[2].i);
    while (r < 0 && errno == EINTR);
    a[0].i = r < 0 ? 0 : r;
    a[1].i = r < 0 ? errno : 0;
    return NAT_OK;
}

static NatStatus os_pwrite(G *g, Value *a) {
    (void)g;
    size_t n;
    char *p = bytes_of(a[1].sl, &n);
    ssize_t r;
    do r = pwrite((int)a[0].i, p, n, (off_t)a[2].i);
    while (r < 0 && errno == EINTR);
    a[0].i = r < 0 ? 0 : r;
    a[1].i = r < 0 ? errno : 0;
    return NAT_OK;
}

static NatStatus os_seek(G *g, Value *a) {
    (void)g;
    if (a[0].i == 1) out_flush();
    off_t r = lseek((int)a[0].i, (off_t)a[1].i, (int)a[2].i);
    a[0].i = r < 0 ? 0 : r;
    a[1].i = r < 0 ? errno : 0;
    return NAT_OK;
}

static NatStatus os_pipe(G *g, Value *a) {
    (void)g;
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0) {
        a[0].i = a[1].i = -1;
        a[2].i = errno;
        return NAT_OK;
    }
    a[0].i = p[0];
    a[1].i = p[1];
    a[2].i = 0;
    return NAT_OK;
}

static NatStatus os_fsync(G *g, Value *a) {
    (void)g;
    if (a[0].i == 1) out_flush();
    a[0].i = fsync((int)a[0].i) == 0 ? 0 : errno;
    return NAT_OK;
}

static NatStatus os_ftruncate(G *g, Value *a) {
    (void)g;
    a[0].i = ftruncate((int)a[0].i, (off_t)a[1].i) == 0 ? 0 : errno;
    return NAT_OK;
}

static NatStatus os_fchmod(G *g, Value *a) {
    (void)g;
    a[0].i = fchmod((int)a[0].i, (mode_t)a[1].u) == 0 ? 0 : errno;
    return NAT_OK;
}

static NatStatus os_fchdir(G *g, Value *a) {
    (void)g;
    a[0].i = fchdir((int)a[0].i) == 0 ? 0 : errno;
    return NAT_OK;
}

/* ---- stat ---- */

/* st_mode in Go's FileMode layout (os's fillFileStatFromSys). */
#define GO_MODE_DIR     (1u << 31)
#define GO_MODE_SYMLINK (1u << 27)
#define GO_MODE_DEVICE  (1u << 26)
#define GO_MODE_PIPE    (1u << 25)
#define GO_MODE_SOCKET  (1u << 24)
#define GO_MODE_SETUID  (1u << 23)
#define GO_MODE_SETGID  (1u << 22)
#define GO_MODE_CHAR    (1u << 21)
#define GO_MODE_STICKY  (1u << 20)

static uint32_t mode_of(mode_t m) {
    uint32_t r = m & 0777;
    switch (m & S_IFMT) {
    case S_IFBLK: r |= GO_MODE_DEVICE; break;
    case S_IFCHR: r |= GO_MODE_DEVICE | GO_MODE_CHAR; break;
    case S_IFDIR: r |= GO_MODE_DIR; break;
    case S_IFIFO: r |= GO_MODE_PIPE; break;
    case S_IFLNK: r |= GO_MODE_SYMLINK; break;
    case S_IFSOCK: r |= GO_MODE_SOCKET; break;
    default: break;
    }
    if (m & S_ISGID) r |= GO_MODE_SETGID;
    if (m & S_ISUID) r |= GO_MODE_SETUID;
    if (m & S_ISVTX) r |= GO_MODE_STICKY;
    return r;
}

/* results: (size int64, mode uint32, sec, nsec int64, dev, ino uint64, errno int) */
static void put_stat(Value *a, int r, const struct stat *st) {
    if (r != 0) {
        int e = errno;
        memset(a, 0, sizeof(Value) * 6);
        a[6].i = e;
        return;
    }
    a[0].i = st->st_size;
    a[1].u = mode_of(st->st_mode);
    a[2].i = st->st_mtim.tv_sec;
    a[3].i = st->st_mtim.tv_nsec;
    a[4].u = st->st_dev;
    a[5].u = st->st_ino;
    a[6].i = 0;
}

static NatStatus os_stat(G *g, Value *a) {
    (void)g;
    struct stat st;
    if (has_nul(a[0].s)) {
        errno = EINVAL;
        put_stat(a, -1, &st);
        return NAT_OK;
    }
    char *name = cstr(a[0].s);
    int r = a[1].i ? stat(name, &st) : lstat(name, &st);
    put_stat(a, r, &st);
    return NAT_OK;
}

static NatStatus os_fstat(G *g, Value *a) {
    (void)g;
    struct stat st;
    int r = fstat((int)a[0].i, &st);
    put_stat(a, r, &st);
    return NAT_OK;
}

/* ---- directories ---- */

/* The type bits of a directory entry's d_type, or -1 when the directory
 * does not say (the Go side asks Lstat). */
static int64_t dtype_mode(unsigned char t) {
    switch (t) {
    case DT_REG: return 0;
    case DT_DIR: return GO_MODE_DIR;
    case DT_LNK: return GO_MODE_SYMLINK;
    case DT_FIFO: return GO_MODE_PIPE;
    case DT_SOCK: return GO_MODE_SOCKET;
    case DT_CHR: return GO_MODE_DEVICE | GO_MODE_CHAR;
    case DT_BLK: return GO_MODE_DEVICE;
    default: return -1;
    }
}

struct linux_dirent64 {
    uint64_t d_ino;
    int64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

/* func readdir_(fd int) (names []string, types []int64, errno int): the
 * entries from the descriptor's position to the end, without . and .. */
static NatStatus os_readdir(G *g, Value *a) {
    (void)g;
    int fd = (int)a[0].i;
    int64_t n = 0, cap = 16;
    GoString **names = GC_MALLOC(sizeof *names * (size_t)cap);
    int64_t *types = GC_MALLOC_ATOMIC(sizeof *types * (size_t)cap);
    char buf[8192];
    int err = 0;
    for (;;) {
        long r = syscall(SYS_getdents64, fd, buf, sizeof buf);
        if (r < 0) {
            if (errno == EINTR) continue;
            err = errno;
            break;
        }
        if (r == 0) break;
        for (long off = 0; off < r;) {
            struct linux_dirent64 *d = (struct linux_dirent64 *)(void *)(buf + off);
            off += d->d_reclen;
            if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0) continue;
            if (n == cap) {
                GoString **nn = GC_MALLOC(sizeof *nn * (size_t)cap * 2);
                int64_t *nt = GC_MALLOC_ATOMIC(sizeof *nt * (size_t)cap * 2);
                memcpy(nn, names, sizeof *nn * (size_t)n);
                memcpy(nt, types, sizeof *nt * (size_t)n);
                names = nn, types = nt, cap *= 2;
            }
            names[n] = str_cstr(d->d_name);
            types[n] = dtype_mode(d->d_type);
            n++;
        }
    }
    if (err) {
        a[0].sl = a[1].sl = NULL;
        a[2].i = err;
        return NAT_OK;
    }
    GoSlice *ns = slice_new(8, n, n, true), *ts = slice_new(8, n, n, false);
    for (int64_t i = 0; i < n; i++) {
        ((Value *)ns->data)[i].s = names[i];
        ((Value *)ts->data)[i].i = types[i];
    }
    a[0].sl = ns;
    a[1].sl = ts;
    a[2].i = 0;
    return NAT_OK;
}

/* ---- names ---- */

/* The natives taking names: a NUL in a name is EINVAL, as in Go. */
#define NAME_CALL(fn, call) \
    static NatStatus fn(G *g, Value *a) { \
        (void)g; \
        a[0].i = (call) == 0 ? 0 : errno; \
        return NAT_OK; \
    }
#define NAME(i) cstr(a[i].s)
#define OK_NAME(i) (!has_nul(a[i].s))

NAME_CALL(os_unlink, OK_NAME(0) ? unlink(NAME(0)) : (errno = EINVAL, -1))
NAME_CALL(os_rmdir, OK_NAME(0) ? rmdir(NAME(0)) : (errno = EINVAL, -1))
NAME_CALL(os_mkdir, OK_NAME(0) ? mkdir(NAME(0), (mode_t)a[1].u) : (errno = EINVAL, -1))
NAME_CALL(os_rename, OK_NAME(0) && OK_NAME(1) ? rename(NAME(0), NAME(1)) : (errno = EINVAL, -1))
NAME_CALL(os_chmod, OK_NAME(0) ? chmod(NAME(0), (mode_t)a[1].u) : (errno = EINVAL, -1))
NAME_CALL(os_truncate, OK_NAME(0) ? truncate(NAME(0), (off_t)a[1].i) : (errno = EINVAL, -1))
NAME_CALL(os_chdir, OK_NAME(0) ? chdir(NAME(0)) : (errno = EINVAL, -1))
NAME_CALL(os_link, !(OK_NAME(0) && OK_NAME(1)) ? (errno = EINVAL, -1)
                   : a[2].i ? symlink(NAME(0), NAME(1)) : link(NAME(0), NAME(1)))

/* func chtimes_(name string, asec, ansec, msec, mnsec int64) (errno int): -1 leaves a time */
static NatStatus os_chtimes(G *g, Value *a) {
    (void)g;
    if (has_nul(a[0].s)) { a[0].i = EINVAL; return NAT_OK; }
    struct timespec ts[2];
    for (int i = 0; i < 2; i++) {
        if (a[1 + 2 * i].i == -1 && a[2 + 2 * i].i == -1) {
            ts[i].tv_sec = 0;
            ts[i].tv_nsec = UTIME_OMIT;
        } else {
            ts[i].tv_sec = a[1 + 2 * i].i;
            ts[i].tv_nsec = a[2 + 2 * i].i;
        }
    }
    a[0].i = utimensat(AT_FDCWD, cstr(a[0].s), ts, 0) == 0 ? 0 : errno;
    return NAT_OK;
}

static NatStatus os_readlink(G *g, Value *a) {
    (void)g;
    if (has_nul(a[0].s)) { a[0].s = NULL; a[1].i = EINVAL; return NAT_OK; }
    char *name = cstr(a[0].s);
    for (size_t size = 128;; size *= 2) {
        char *buf = GC_MALLOC_ATOMIC(size);
        ssize_t n = readlink(name, buf, size);
        if (n < 0) {
            a[0].s = NULL;
            a[1].i = errno;
            return NAT_OK;
        }
        if ((size_t)n < size) {
            a[0].s = str_new(buf, (size_t)n);
            a[1].i = 0;
            return NAT_OK;
        }
    }
}

static NatStatus os_getcwd(G *g, Value *a) {
    (void)g;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) {
        a[0].s = NULL;
        a[1].i = errno;
        return NAT_OK;
    }
    a[0].s = str_cstr(buf);
    a[1].i = 0;
    return NAT_OK;
}

#define N(NAME, FN) { "os", NAME, FN }
const NativeDesc os_natives[] = {
    N("args_", os_args), N("open_", os_open), N("close_", os_close), N("read_", os_read),
    N("pread_", os_pread), N("write_", os_write), N("pwrite_", os_pwrite), N("seek_", os_seek),
    N("stat_", os_stat), N("fstat_", os_fstat), N("readdir_", os_readdir), N("unlink_", os_unlink),
    N("rmdir_", os_rmdir), N("mkdir_", os_mkdir), N("rename_", os_rename), N("link_", os_link),
    N("readlink_", os_readlink), N("chmod_", os_chmod), N("fchmod_", os_fchmod), N("truncate_", os_truncate),
    N("ftruncate_", os_ftruncate), N("fsync_", os_fsync), N("chtimes_", os_chtimes), N("chdir_", os_chdir),
    N("fchdir_", os_fchdir), N("getcwd_", os_getcwd), N("pipe_", os_pipe), N("hostname_", os_hostname),
    N("lookupEnv_", os_lookupEnv), N("setenv_", os_setenv), N("unsetenv_", os_unsetenv),
    N("environ_", os_environ), N("clearenv_", os_clearenv), N("random_", os_random), N("Exit", os_Exit),
    N("Getpid", os_Getpid), N("Getppid", os_Getppid), N("Getuid", os_Getuid), N("Geteuid", os_Geteuid),
    N("Getgid", os_Getgid), N("Getegid", os_Getegid), N("Getpagesize", os_Getpagesize),
    { NULL, NULL, NULL },
};
#undef N

/* ---- package syscall ---- */

/* Go's text for errno e: the C library's, with a small first letter (Go's
 * table for Linux is glibc's messages so written); "errno N" for one the
 * library does not know. */
static NatStatus syscall_errstr(G *g, Value *a) {
    (void)g;
    int e = (int)a[0].i;
    char buf[128];
    const char *m = e > 0 && e < 134 ? strerror(e) : NULL;
    if (!m || strncmp(m, "Unknown error", 13) == 0) {
        snprintf(buf, sizeof buf, "errno %d", e);
    } else {
        snprintf(buf, sizeof buf, "%s", m);
        buf[0] = (char)tolower((unsigned char)buf[0]);
    }
    a[0].s = str_cstr(buf);
    return NAT_OK;
}

const NativeDesc syscall_natives[] = {
    { "syscall", "errstr_", syscall_errstr },
    { "syscall", "Getpid", os_Getpid },
    { "syscall", "Getppid", os_Getppid },
    { "syscall", "Getuid", os_Getuid },
    { "syscall", "Getgid", os_Getgid },
    { NULL, NULL, NULL },
};
