/* gctrace.c — GODEBUG=gctrace=1: one line per collection, in Go's layout,
 * from what Boehm's collection events tell:
 *
 *   gc 3 @0.052s 1%: 0.010+0.41+0.020 ms clock, 0.010+0/0.41/0+0.020 ms cpu, 6->6->2 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P
 *
 * Boehm's collections stop the world for their whole length, so the three
 * clock figures are stopping the world, marking, and what follows up to
 * the world's restart (reclaiming); the mark's CPU time is shown as its
 * clock time (minigo cannot see the marker threads' CPU); heap-at-start ==
 * heap-at-end (nothing runs while the world is stopped); the live heap is
 * what is in use after the collection; the goal is that plus Boehm's
 * allocation allowance (heap size / free-space divisor).
 *
 * Invariant: the event callback runs with the world stopped, so it only
 * stores numbers into a ring; sysmon (and the exit) print the lines.
 */
#include <gc.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>
#include "gctrace.h"
#include "scheduler.h"

typedef struct GcLine {
    uint64_t n;
    int64_t at, stop, mark, rest;    /* ns: since start; the three phases */
    int64_t before, live, heap;      /* bytes in use at the start, after; heap size */
    int procs;
} GcLine;

enum { RING = 64 };
static GcLine ring[RING];
static _Atomic uint64_t head, tail;   /* written by the callback, read by the printer */
static int64_t t0, total_gc;
static uint64_t gc_no0;   /* collections before the program started (compiling) */
static int64_t t_stop, t_stopped, t_mark, t_marked;
static int64_t in_use_before;
static void (*chained)(GC_EventType);
static bool on;

static int64_t mono(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void gc_event(GC_EventType e) {
    int64_t now = mono();
    switch (e) {
    case GC_EVENT_START: in_use_before = (int64_t)(GC_get_heap_size() - GC_get_free_bytes()); break;
    case GC_EVENT_PRE_STOP_WORLD: t_stop = now; break;
    case GC_EVENT_POST_STOP_WORLD: t_stopped = now; break;
    case GC_EVENT_MARK_START: t_mark = now; break;
    case GC_EVENT_MARK_END: t_marked = now; break;
    case GC_EVENT_POST_START_WORLD: {
        uint64_t h = atomic_load(&head);
        if (h - atomic_load(&tail) >= RING) break;   /* the printer is behind: drop */
        if (!t_stop) t_stop = t_stopped = t_mark;
        GcLine *l = &ring[h % RING];
        l->n = GC_get_gc_no() - gc_no0;
        l->at = t_stop - t0;
        l->stop = t_stopped - t_stop;
        l->mark = t_marked > t_mark ? t_marked - t_mark : 0;
        l->rest = t_marked ? now - t_marked : 0;
        total_gc += now - t_stop;
        l->heap = (int64_t)GC_get_heap_size();
        l->live = l->heap - (int64_t)GC_get_free_bytes();
        l->before = in_use_before ? in_use_before : l->live;
        l->procs = sched_gomaxprocs(0);
        atomic_store(&head, h + 1);
        t_stop = t_stopped = t_mark = t_marked = 0;
        break;
    }
    default: break;
    }
    if (chained) chained(e);
}

void gctrace_start(void) {
    t0 = mono();
    gc_no0 = GC_get_gc_no();
    on = true;
    chained = GC_get_on_collection_event();
    GC_set_on_collection_event(gc_event);
}

/* Go's fmtNSAsMS: whole milliseconds from 10 ms on, else two significant
 * digits with at most three decimals ("0.015", "0.22", "2.5"). */
static const char *ms(char *buf, int64_t ns) {
    if (ns >= 10000000) {
        snprintf(buf, 24, "%lld", (long long)(ns / 1000000));
        return buf;
    }
    int64_t x = ns / 1000;
    int dec = 3;
    while (x >= 100) x /= 10, dec--;
    if (x == 0 || dec == 0) snprintf(buf, 24, "%lld", (long long)x);
    else {
        int64_t p = dec == 3 ? 1000 : dec == 2 ? 100 : 10;
        snprintf(buf, 24, "%lld.%0*lld", (long long)(x / p), dec, (long long)(x % p));
    }
    return buf;
}

void gctrace_flush(void) {
    if (!on) return;
    uint64_t t = atomic_load(&tail), h = atomic_load(&head);
    for (; t != h; t++) {
        const GcLine *l = &ring[t % RING];
        int64_t elapsed = mono() - t0;
        int pct = elapsed > 0 ? (int)(100 * total_gc / elapsed) : 0;
        int64_t goal = l->live + l->heap / (int64_t)GC_get_free_space_divisor();
        char a[24], b[24], c[24];
        ms(a, l->stop), ms(b, l->mark), ms(c, l->rest);
        fprintf(stderr,
                "gc %llu @%.3fs %d%%: %s+%s+%s ms clock, %s+0/%s/0+%s ms cpu, %lld->%lld->%lld MB, "
                "%lld MB goal, %lld MB stacks, 0 MB globals, %d P\n",
                (unsigned long long)l->n, (double)l->at / 1e9, pct, a, b, c, a, b, c, (long long)(l->before >> 20),
                (long long)(l->before >> 20), (long long)(l->live >> 20), (long long)(goal >> 20),
                (long long)(sched_stack_inuse() >> 20), l->procs);
    }
    atomic_store(&tail, t);
}
