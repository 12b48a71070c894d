/* testing.c — package testing's natives (stdlib/go/testing/testing.go).
 *
 *   nanotime_      the monotonic clock, for durations and benchmarks
 *   allocs_        allocations and bytes allocated so far, by all threads:
 *                  the sums of per-thread counters that cli/allocs.c's
 *                  wrappers of Boehm's allocators bump (testing_count_alloc).
 *                  Each of the project's calls of GC_MALLOC and friends is
 *                  one allocation, of the bytes asked for rounded up to
 *                  Boehm's 16-byte granule: minigo's allocations, which
 *                  are not Go's (an interface box, a closure's cells and a
 *                  goroutine's stack are heap blocks here; Go's escape
 *                  analysis keeps more on the stack)
 *   callers_       the calling goroutine's frames (function, file, line),
 *                  innermost first, wrappers left out as in traces: what
 *                  log lines' file:line, Helper and Cleanup need
 *   match_         Go's regexp.MatchString for -run and -bench (testmatch.c)
 *   captureStart_, captureStop_
 *                  an example's standard output: while capturing, writes to
 *                  fd 1 go to a buffer (out.c's hook); fd 2 goes on to fd 2
 *   noTests_       "testing: warning: no tests to run", noted for the
 *                  summary line (testing_no_tests)
 *   cpuName_       the cpu: line of benchmarks, from /proc/cpuinfo
 *   mkdirTemp_, mkdir_, removeAll_
 *                  t.TempDir's directories
 */
#include <errno.h>
#include <ftw.h>
#include <gc.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "natives.h"
#include "testing.h"
#include "testmatch.h"

/* ---- allocation counts ---- */

/* One thread's counts: written by that thread only, read by any. The
 * blocks are never freed (a thread that ends leaves its counts in). */
typedef struct AllocCount {
    _Atomic uint64_t n, bytes;
    struct AllocCount *next;
} AllocCount;

static _Thread_local AllocCount *thread_count;
_Atomic bool testing_counting;
static _Atomic(AllocCount *) all_counts;

void testing_count_alloc(size_t n) {
    AllocCount *c = thread_count;
    if (!c) {
        c = calloc(1, sizeof *c);   /* not the collector's: this runs inside its allocator's wrapper */
        if (!c) return;
        AllocCount *head = atomic_load(&all_counts);
        do c->next = head; while (!atomic_compare_exchange_weak(&all_counts, &head, c));
        thread_count = c;
    }
    uint64_t rounded = ((uint64_t)n + 15) & ~(uint64_t)15;
    atomic_store_explicit(&c->n, atomic_load_explicit(&c->n, memory_order_relaxed) + 1, memory_order_relaxed);
    atomic_store_explicit(&c->bytes, atomic_load_explicit(&c->bytes, memory_order_relaxed) + (rounded ? rounded : 16),
                          memory_order_relaxed);
}

/* func allocs_() (mallocs uint64, bytes uint64) */
static NatStatus testing_allocs(G *g, Value *a) {
    (void)g;
    atomic_store(&testing_counting, true);
    uint64_t n = 0, bytes = 0;
    for (AllocCount *c = atomic_load(&all_counts); c; c = c->next) {
        n += atomic_load_explicit(&c->n, memory_order_relaxed);
        bytes += atomic_load_explicit(&c->bytes, memory_order_relaxed);
    }
    a[0].u = n;
    a[1].u = bytes;
    return NAT_OK;
}

/* func nanotime_() int64 */
static NatStatus testing_nanotime(G *g, Value *a) {
    (void)g;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    a[0].i = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    return NAT_OK;
}

/* ---- frames ---- */

/* The line a frame reports as Go's runtime.Callers would: the call it
 * is in; but for a frame running a deferred call at its return, the
 * line of its epilogue (Go: the return, or the closing brace). */
static int frame_line(const G *g, int i) {
    const Frame *f = &g->frames[i];
    if (i + 1 < g->nframes && (g->frames[i + 1].flags & FRAME_DEFERRED) && f->proto->ncode) {
        ptrdiff_t at = f->pc - f->proto->code;
        if (at >= 0 && at < f->proto->ncode) return f->proto->lines[at];
    }
    return vm_frame_line(f);
}

static bool has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* func callers_(skip int, max int) (funcs []string, files []string, lines []int):
 * frame 0 is the function calling callers_; max < 0: all. Left out, as
 * from Go's runtime.Callers: wrappers, and the method values minigo makes
 * for `defer x.M(args)` (X.M-fm). A deferred call that runtime.Goexit
 * runs is called from runtime.Goexit (at Go 1.26's panic.go:694). */
static NatStatus testing_callers(G *g, Value *a) {
    int64_t skip = a[0].i, max = a[1].i;
    const char *path = g->prog->abspath ? g->prog->abspath : g->prog->filename;
    int64_t n = 0;
    for (int pass = 0; pass < 2; pass++) {
        GoSlice *fns = NULL, *files = NULL, *lines = NULL;
        if (pass == 1) {
            fns = slice_new(8, n, n, true);
            files = slice_new(8, n, n, true);
            lines = slice_new(8, n, n, false);
        }
        int64_t k = 0, at = 0;
        for (int i = g->nframes - 1; i >= 0 && (max < 0 || k < max); i--) {
            const Frame *f = &g->frames[i];
            const char *name = f->proto->name;
            bool goexit = (f->flags & FRAME_DEFERRED_PANIC) && !(f->flags & FRAME_PANIC_TEXT) && g->goexiting && !g->panic;
            for (int part = 0; part < 1 + goexit && (max < 0 || k < max); part++) {
                if (part == 0 && (f->proto->wrapper || has_suffix(name, "-fm") || strcmp(name, "runtime.main") == 0)) continue;
                if (at++ < skip) continue;
                if (pass == 1) {
                    Value *fv = (Value *)fns->data + k, *pv = (Value *)files->data + k, *lv = (Value *)lines->data + k;
                    if (part == 0) {
                        fv->s = str_cstr(name);
                        pv->s = str_cstr(f->proto->file ? f->proto->file : path);
                        lv->i = frame_line(g, i);
                    } else {
                        fv->s = str_cstr("runtime.Goexit");
                        pv->s = str_cstr("/minigo/src/runtime/panic.go");
                        lv->i = 694;
                    }
                }
                k++;
            }
        }
        n = k;
        if (pass == 1) {
            a[0].sl = fns;
            a[1].sl = files;
            a[2].sl = lines;
        }
    }
    return NAT_OK;
}

/* ---- -run and -bench ---- */

/* func match_(pat string, s string) (ok bool, err string) */
static NatStatus testing_match(G *g, Value *a) {
    (void)g;
    const char *err;
    bool ok = testmatch(str_data(a[0].s), (size_t)str_len(a[0].s), str_data(a[1].s), (size_t)str_len(a[1].s), &err);
    a[0].i = ok;
    a[1].s = err ? str_cstr(err) : NULL;
    return NAT_OK;
}

/* ---- an example's output ---- */

static Buf captured;   /* written under out.c's lock (the hook's caller) */

static void write_fd(int fd, const char *s, size_t n) {
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static void capture_hook(int fd, const char *s, size_t n) {
    if (fd == 1) buf_write(&captured, s, n);
    else write_fd(fd, s, n);
}

/* func captureStart_() */
static NatStatus testing_captureStart(G *g, Value *a) {
    (void)g; (void)a;
    buf_init(&captured);
    out_set_hook(capture_hook);
    return NAT_OK;
}

/* func captureStop_() string */
static NatStatus testing_captureStop(G *g, Value *a) {
    (void)g;
    out_set_hook(NULL);
    a[0].s = str_new(captured.data, captured.len);
    buf_init(&captured);
    return NAT_OK;
}

/* ---- what the summary line says ---- */

static _Atomic bool no_tests;

bool testing_no_tests(void) { return atomic_load(&no_tests); }

/* func noTests_() */
static NatStatus testing_noTests(G *g, Value *a) {
    (void)g; (void)a;
    static const char warn[] = "testing: warning: no tests to run\n";
    atomic_store(&no_tests, true);
    out_write(2, warn, sizeof warn - 1);
    return NAT_OK;
}

/* ---- the cpu: line ---- */

/* func cpuName_() string: the "model name" of /proc/cpuinfo, as Go's
 * internal/sysinfo reads it ("" when there is none) */
static NatStatus testing_cpuName(G *g, Value *a) {
    (void)g;
    a[0].s = NULL;
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (!f) return NAT_OK;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "model name", 10) != 0) continue;
        char *v = strchr(line, ':');
        if (!v) continue;
        v++;
        while (*v == ' ' || *v == '\t') v++;
        size_t n = strlen(v);
        while (n && (v[n - 1] == '\n' || v[n - 1] == ' ' || v[n - 1] == '\t')) n--;
        a[0].s = str_new(v, n);
        break;
    }
    fclose(f);
    return NAT_OK;
}

/* ---- t.TempDir ---- */

/* "mkdir PATH: no such file or directory", as Go's *PathError says it. */
static GoString *path_error(const char *op, const char *path, int e) {
    char msg[1200];
    snprintf(msg, sizeof msg, "%s %s: %s", op, path, strerror(e));
    char *m = strstr(msg, ": ") + 2;
    if (*m >= 'A' && *m <= 'Z' && !(m[1] >= 'A' && m[1] <= 'Z')) *m = (char)(*m - 'A' + 'a');
    return str_cstr(msg);
}

static char *cstr(const GoString *s) {
    char *c = GC_MALLOC_ATOMIC((size_t)str_len(s) + 1);
    memcpy(c, str_data(s), (size_t)str_len(s));
    c[str_len(s)] = 0;
    return c;
}

/* func mkdirTemp_(pattern string) (dir string, err string): a new
 * directory $TMPDIR/PATTERN<random> (os.MkdirTemp("", pattern)) */
static NatStatus testing_mkdirTemp(G *g, Value *a) {
    (void)g;
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp) tmp = "/tmp";
    size_t len = strlen(tmp) + (size_t)str_len(a[0].s) + 16;
    char *path = GC_MALLOC_ATOMIC(len);
    snprintf(path, len, "%s/%sXXXXXX", tmp, cstr(a[0].s));
    if (!mkdtemp(path)) {
        a[1].s = path_error("mkdirtemp", path, errno);
        a[0].s = NULL;
        return NAT_OK;
    }
    a[0].s = str_cstr(path);
    a[1].s = NULL;
    return NAT_OK;
}

/* func mkdir_(path string) string: the error, "" when made */
static NatStatus testing_mkdir(G *g, Value *a) {
    (void)g;
    char *path = cstr(a[0].s);
    a[0].s = mkdir(path, 0777) == 0 ? NULL : path_error("mkdir", path, errno);
    return NAT_OK;
}

static int remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st; (void)type; (void)ftw;
    remove(path);
    return 0;
}

/* func removeAll_(path string) */
static NatStatus testing_removeAll(G *g, Value *a) {
    (void)g;
    nftw(cstr(a[0].s), remove_one, 16, FTW_DEPTH | FTW_PHYS);
    return NAT_OK;
}

const NativeDesc testing_natives[] = {
    { "testing", "nanotime_", testing_nanotime },
    { "testing", "allocs_", testing_allocs },
    { "testing", "callers_", testing_callers },
    { "testing", "match_", testing_match },
    { "testing", "captureStart_", testing_captureStart },
    { "testing", "captureStop_", testing_captureStop },
    { "testing", "noTests_", testing_noTests },
    { "testing", "cpuName_", testing_cpuName },
    { "testing", "mkdirTemp_", testing_mkdirTemp },
    { "testing", "mkdir_", testing_mkdir },
    { "testing", "removeAll_", testing_removeAll },
    { NULL, NULL, NULL },
};
