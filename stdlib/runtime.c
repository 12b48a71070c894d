/* runtime.c — package runtime: the scheduler's knobs and Boehm's figures.
 *
 * NumGoroutine, GOMAXPROCS, NumCPU, Gosched, Goexit, GC, ReadMemStats and
 * Version. MemStats is filled from the collector's own statistics
 * (GC_get_prof_stats) and the scheduler's count of stack bytes.
 */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "natives.h"
#include "scheduler.h"

#ifndef GO_VERSION
#define GO_VERSION "go1.22"
#endif

static NatStatus rt_numgoroutine(G *g, Value *a) { (void)g; a[0].i = sched_numgoroutine(); return NAT_OK; }
static NatStatus rt_gomaxprocs(G *g, Value *a) {
    (void)g;
    a[0].i = sched_gomaxprocs(a[0].i);
    return NAT_OK;
}
static NatStatus rt_numcpu(G *g, Value *a) { (void)g; a[0].i = sched_numcpu(); return NAT_OK; }
static NatStatus rt_gosched(G *g, Value *a) { (void)a; return sched_gosched(g); }
static NatStatus rt_goexit(G *g, Value *a) { (void)g; (void)a; return NAT_GOEXIT; }
/* runtime.Breakpoint: Go executes a trap instruction; with no debugger
 * attached, the process dies of SIGTRAP with every goroutine's trace. */
static NatStatus rt_breakpoint(G *g, Value *a) {
    (void)a;
    sched_dump_and_exit(g, "SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128");
}

/* func Stack(buf []byte, all bool) int: this goroutine's trace (all is
 * not supported: only the caller's stack is written) */
static NatStatus rt_stack(G *g, Value *a) {
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) { a[0].i = 0; return NAT_OK; }
    vm_write_trace(f, g, "running");
    fclose(f);
    GoSlice *buf = a[0].sl;
    int64_t n = buf ? buf->len : 0;
    if ((int64_t)len < n) n = (int64_t)len;
    if (n > 0) memcpy(buf->data, text, (size_t)n);
    free(text);
    a[0].i = n;
    return NAT_OK;
}

static _Atomic uint64_t forced_gcs;

static NatStatus rt_gc(G *g, Value *a) {
    (void)g; (void)a;
    GC_gcollect();
    forced_gcs++;
    return NAT_OK;
}

static NatStatus rt_version(G *g, Value *a) { (void)g; a[0].s = str_cstr(GO_VERSION); return NAT_OK; }

static NatStatus rt_memstats(G *g, Value *a) {
    (void)g;
    struct GC_prof_stats_s s;
    memset(&s, 0, sizeof s);
    GC_get_prof_stats(&s, sizeof s);
    uint64_t heap = s.heapsize_full, fr = s.free_bytes_full, unmapped = s.unmapped_bytes;
    uint64_t alloc = heap - fr - unmapped;
    uint64_t stack = (uint64_t)sched_stack_inuse();
    a[0].u = alloc;
    a[1].u = s.allocd_bytes_before_gc + s.bytes_allocd_since_gc;
    a[2].u = s.obtained_from_os_bytes ? s.obtained_from_os_bytes : heap;
    a[3].u = fr;
    a[4].u = unmapped;
    a[5].u = stack;
    a[6].u = heap;
    a[7].u = s.gc_no;
    a[8].u = forced_gcs;
    return NAT_OK;
}

const NativeDesc runtime_natives[] = {
    { "runtime", "NumGoroutine", rt_numgoroutine },
    { "runtime", "GOMAXPROCS", rt_gomaxprocs },
    { "runtime", "NumCPU", rt_numcpu },
    { "runtime", "Gosched", rt_gosched },
    { "runtime", "Goexit", rt_goexit },
    { "runtime", "Breakpoint", rt_breakpoint },
    { "runtime", "GC", rt_gc },
    { "runtime", "Version", rt_version },
    { "runtime", "memstats_", rt_memstats },
    { "runtime", "Stack", rt_stack },
    { NULL, NULL, NULL },
};
