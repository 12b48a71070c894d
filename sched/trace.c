/* trace.c — the execution tracer (trace.h): recording into per-thread
 * buffers, then, when the program ends, one pass that turns the events
 * into a model (running slices per P and per M, unpark arrows, instants,
 * counters, a goroutine table) and writes it as Chrome trace-event JSON or
 * as the HTML page (docs/TRACE.md).
 *
 * Invariants:
 *  - Recording never takes a lock and never allocates from the collector:
 *    a thread appends to the last chunk of its own buffer and publishes the
 *    count with a release store; a full chunk is replaced by a new one
 *    (malloc), linked before it is used. The writer reads each chunk's
 *    count with acquire, so it sees only whole events.
 *  - Inside Boehm's collection callback (world stopped) nothing is
 *    allocated: an event that does not fit the current chunk is dropped.
 *  - Past the size limit recording stops (trace_on goes false); the file
 *    and stderr say so.
 */
#include <gc.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "hash.h"
#include "trace.h"
#include "trace_viewer_html.h"

bool trace_on;

/* ---- recording ---- */

typedef enum EvType {
    EV_CREATE, EV_RUN, EV_STOP, EV_UNPARK, EV_STEAL, EV_STACK, EV_GC_START, EV_GC_END, EV_PROCS, EV_TIMER,
} EvType;

typedef struct Ev {
    int64_t ts;          /* ns since trace_start */
    int64_t g;           /* G id (0: none) */
    int64_t a, b;        /* create: creator id, line; unpark: waker id; steal: victim, count;
                            stack: old, new bytes; gc: heap bytes; procs: n; timer: how many */
    const void *ptr;     /* create: the G's function (Proto); stop: the wait reason */
    const void *ptr2;    /* create: the creator's Proto (its file) */
    int32_t m;
    int16_t p;
    uint8_t type, why;   /* stop: a TraceStop; unpark: by a timer; stack: 1 shrink */
} Ev;

enum { CHUNK_EVENTS = 4096 };

typedef struct Chunk {
    struct Chunk *next;
    _Atomic int n;
    Ev ev[CHUNK_EVENTS];
} Chunk;

typedef struct Buf {
    Chunk *head, *last;
    struct Buf *next;
} Buf;

static struct {
    const char *path, *program;
    int64_t limit, bytes;     /* bytes: chunks allocated (under lock) */
    int64_t t0;
    pthread_mutex_t lock;     /* the list of buffers, new chunks */
    Buf *bufs;
    bool truncated;
    _Atomic int64_t dropped;
    int gomaxprocs0;
} tr = { .lock = PTHREAD_MUTEX_INITIALIZER };

static _Thread_local Buf *my_buf;
static _Thread_local bool in_gc;
static _Thread_local int my_p = -1, my_m = -1;   /* where the thread last ran a G */

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec - tr.t0;
}

static Chunk *new_chunk(void) {
    pthread_mutex_lock(&tr.lock);
    Chunk *c = NULL;
    if (tr.bytes + (int64_t)sizeof(Chunk) > tr.limit) {
        if (trace_on) {
            trace_on = false;
            tr.truncated = true;
            fprintf(stderr, "minigo: trace: the recording reached -trace-limit=%lldMB; recording stopped\n",
                    (long long)(tr.limit >> 20));
        }
    } else if ((c = malloc(sizeof *c)) != NULL) {
        c->next = NULL;
        atomic_init(&c->n, 0);
        tr.bytes += (int64_t)sizeof *c;
    }
    pthread_mutex_unlock(&tr.lock);
    return c;
}

/* A slot for one event in the calling thread's buffer, or NULL. */
static Ev *ev_slot(void) {
    Buf *b = my_buf;
    if (!b) {
        if (in_gc) return NULL;
        Chunk *c = new_chunk();
        if (!c) return NULL;
        b = calloc(1, sizeof *b);
        if (!b) return NULL;
        b->head = b->last = c;
        pthread_mutex_lock(&tr.lock);
        b->next = tr.bufs;
        tr.bufs = b;
        pthread_mutex_unlock(&tr.lock);
        my_buf = b;
    }
    Chunk *c = b->last;
    int n = atomic_load_explicit(&c->n, memory_order_relaxed);
    if (n == CHUNK_EVENTS) {
        if (in_gc) return NULL;
        Chunk *nc = new_chunk();
        if (!nc) return NULL;
        atomic_store_explicit((_Atomic(Chunk *) *)&c->next, nc, memory_order_release);
        b->last = c = nc;
        n = 0;
    }
    return &c->ev[n];
}

/* Publishes the event ev_slot gave. */
static void ev_commit(void) {
    Chunk *c = my_buf->last;
    atomic_store_explicit(&c->n, atomic_load_explicit(&c->n, memory_order_relaxed) + 1, memory_order_release);
}

static void record(EvType type, int p, int m, int64_t g, int64_t a, int64_t b, const void *ptr, const void *ptr2,
                   int why) {
    if (!trace_on) return;
    Ev *e = ev_slot();
    if (!e) {
        if (!tr.truncated) atomic_fetch_add_explicit(&tr.dropped, 1, memory_order_relaxed);
        return;
    }
    *e = (Ev){ now_ns(), g, a, b, ptr, ptr2, m, (int16_t)p, (uint8_t)type, (uint8_t)why };
    ev_commit();
}

void trace_create(const G *g, const G *creator, int p, int m) {
    const Proto *fn = g->nframes ? g->frames[0].proto : NULL;
    record(EV_CREATE, p, m, g->id, creator ? creator->id : 0, g->created_line, fn, g->created_by, 0);
}
void trace_run(const G *g, int p, int m) {
    my_p = p, my_m = m;
    record(EV_RUN, p, m, g->id, 0, 0, NULL, NULL, 0);
}
void trace_stop(const G *g, int p, int m, TraceStop why) {
    record(EV_STOP, p, m, g->id, 0, 0, why == TSTOP_PARKED ? g->waitreason : NULL, NULL, why);
}
void trace_unpark(const G *g, const G *waker, int p, int m, bool by_timer) {
    record(EV_UNPARK, p, m, g->id, waker && !by_timer ? waker->id : 0, 0, NULL, NULL, by_timer);
}
void trace_steal(int thief, int victim, int n, int m) { record(EV_STEAL, thief, m, 0, victim, n, NULL, NULL, 0); }
void trace_stack(const G *g, int64_t old_bytes, int64_t new_bytes) {
    record(EV_STACK, my_p, my_m, g->id, old_bytes, new_bytes, NULL, NULL, new_bytes < old_bytes);
}
void trace_procs(int n) { record(EV_PROCS, -1, -1, 0, n, 0, NULL, NULL, 0); }
void trace_timer(int p, int m) { record(EV_TIMER, p, m, 0, 1, 0, NULL, NULL, 0); }

static void gc_event(GC_EventType e) {
    if (e != GC_EVENT_START && e != GC_EVENT_END) return;
    in_gc = true;
    record(e == GC_EVENT_START ? EV_GC_START : EV_GC_END, -1, -1, 0, (int64_t)GC_get_heap_size(), 0, NULL, NULL, 0);
    in_gc = false;
}

static void (*chained_gc_event)(GC_EventType);

static void gc_event_chain(GC_EventType e) {
    gc_event(e);
    if (chained_gc_event) chained_gc_event(e);
}

void trace_start(const char *path, int64_t limit_mb, const char *program) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    tr.t0 = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    tr.path = path;
    tr.program = program;
    tr.limit = (limit_mb > 0 ? limit_mb : 256) << 20;
    chained_gc_event = GC_get_on_collection_event();
    GC_set_on_collection_event(gc_event_chain);
    trace_on = true;
}

/* ---- the model ---- */

static const char *stop_names[] = {
    [TSTOP_PARKED] = "parked", [TSTOP_PREEMPTED] = "preempted", [TSTOP_YIELD] = "yield",
    [TSTOP_EXITED] = "exited", [TSTOP_PANIC] = "panicked",
};

typedef struct Slice { int64_t start, end, g; int p, m; const char *why; } Slice;
typedef struct Flow { int64_t from_g, from_ts, to_g, to_ts; int from_p, to_p; } Flow;
typedef enum { IN_PREEMPT, IN_STEAL, IN_GROW, IN_SHRINK, IN_GC_START, IN_GC_END, IN_PROCS, IN_TIMER } InstKind;
typedef struct Inst { int kind, p; int64_t g, ts, a, b; } Inst;
typedef struct Counter { int64_t ts, runnable, heap; } Counter;

typedef struct GInfo {
    const char *fn, *file;
    int64_t line, creator, created, ran, ended, run_start;
    int64_t unpark_from, unpark_ts;   /* a pending unpark arrow */
    int unpark_p;
    const char *why;                 /* last stop */
    bool seen, has_unpark, running;
} GInfo;

#define PUSH(arr, n, cap, val) do { \
        if ((n) == (cap)) { (cap) = (cap) ? 2 * (cap) : 1024; (arr) = realloc((arr), sizeof *(arr) * (size_t)(cap)); \
                            if (!(arr)) { fprintf(stderr, "minigo: trace: out of memory\n"); return false; } } \
        (arr)[(n)++] = (val); } while (0)

typedef struct Model {
    Slice *slices; int64_t nslices, slices_cap;
    Flow *flows; int64_t nflows, flows_cap;
    Inst *insts; int64_t ninsts, insts_cap;
    Counter *counters; int64_t ncounters, counters_cap;
    GInfo *gs; int64_t ngs;          /* by G id */
    int nprocs, nthreads;
    int64_t duration, steals, preemptions, gcs, gc_pause, growths, shrinks, goroutines;
} Model;

static int ev_cmp(const void *a, const void *b) {
    const Ev *x = a, *y = b;
    return x->ts < y->ts ? -1 : x->ts > y->ts;
}

enum { MAXP = 1025 };   /* GOMAXPROCS is at most 1024 */

static int slice_cmp(const void *a, const void *b) {
    const Slice *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Every event recorded, in time order (malloc'd). */
static Ev *gather(int64_t *n) {
    int64_t total = 0;
    for (Buf *b = tr.bufs; b; b = b->next)
        for (Chunk *c = b->head; c; c = atomic_load_explicit((_Atomic(Chunk *) *)&c->next, memory_order_acquire))
            total += atomic_load_explicit(&c->n, memory_order_acquire);
    Ev *all = malloc(sizeof(Ev) * (size_t)(total ? total : 1));
    if (!all) return NULL;
    int64_t k = 0;
    for (Buf *b = tr.bufs; b; b = b->next)
        for (Chunk *c = b->head; c && k < total; c = atomic_load_explicit((_Atomic(Chunk *) *)&c->next, memory_order_acquire)) {
            int cn = atomic_load_explicit(&c->n, memory_order_acquire);
            if (cn > total - k) cn = (int)(total - k);
            memcpy(all + k, c->ev, sizeof(Ev) * (size_t)cn);
            k += cn;
        }
    qsort(all, (size_t)k, sizeof(Ev), ev_cmp);
    *n = k;
    return all;
}

static GInfo *ginfo(Model *md, int64_t id) {
    if (id <= 0 || id >= md->ngs) return NULL;
    GInfo *gi = &md->gs[id];
    if (!gi->seen) {
        gi->seen = true;
        gi->fn = "?";
        md->goroutines++;
    }
    return gi;
}

static bool build_model(Model *md, const Ev *ev, int64_t n, int64_t end) {
    memset(md, 0, sizeof *md);
    int64_t maxg = 1;
    for (int64_t i = 0; i < n; i++) if (ev[i].g >= maxg) maxg = ev[i].g + 1;
    md->ngs = maxg;
    md->gs = calloc((size_t)maxg, sizeof(GInfo));
    if (!md->gs) return false;
    int64_t runnable = 0, heap = (int64_t)GC_get_heap_size(), gc_start = -1;
    int maxp = tr.gomaxprocs0, maxm = 0;
    /* the slice open on each P (by G id, 0: none) */
    int64_t open[MAXP] = { 0 };
    for (int64_t i = 0; i < n; i++) {
        const Ev *e = &ev[i];
        if (e->p + 1 > maxp && e->type == EV_RUN) maxp = e->p + 1;
        if (e->m + 1 > maxm) maxm = e->m + 1;
        GInfo *gi = ginfo(md, e->g);
        bool count_changed = false;
        switch ((EvType)e->type) {
        case EV_CREATE: {
            const Proto *fn = e->ptr, *by = e->ptr2;
            gi->fn = fn ? fn->name : "?";
            gi->file = by ? (by->file ? by->file : tr.program) : NULL;
            gi->line = e->b;
            gi->creator = e->a;
            gi->created = e->ts;
            runnable++, count_changed = true;
            break;
        }
        case EV_RUN:
            if (!gi) break;
            if (e->p >= 0 && e->p < MAXP) open[e->p] = e->g;
            gi->running = true;
            gi->run_start = e->ts;
            if (gi->has_unpark) {
                PUSH(md->flows, md->nflows, md->flows_cap,
                     ((Flow){ gi->unpark_from, gi->unpark_ts, e->g, e->ts, gi->unpark_p, e->p }));
                gi->has_unpark = false;
            }
            runnable--, count_changed = true;
            break;
        case EV_STOP:
            if (!gi || !gi->running) break;
            gi->running = false;
            gi->ran += e->ts - gi->run_start;
            gi->why = e->why == TSTOP_PARKED && e->ptr ? e->ptr : stop_names[e->why];
            PUSH(md->slices, md->nslices, md->slices_cap,
                 ((Slice){ gi->run_start, e->ts, e->g, e->p, e->m, gi->why }));
            if (e->p >= 0 && e->p < MAXP && open[e->p] == e->g) open[e->p] = 0;
            if (e->why == TSTOP_PREEMPTED) {
                md->preemptions++;
                PUSH(md->insts, md->ninsts, md->insts_cap, ((Inst){ IN_PREEMPT, e->p, e->g, e->ts, 0, 0 }));
            }
            if (e->why == TSTOP_PREEMPTED || e->why == TSTOP_YIELD) runnable++, count_changed = true;
            if (e->why == TSTOP_EXITED || e->why == TSTOP_PANIC) gi->ended = e->ts;
            break;
        case EV_UNPARK:
            if (!gi) break;
            gi->has_unpark = true;
            gi->unpark_from = e->a;
            gi->unpark_ts = e->ts;
            gi->unpark_p = e->p;
            runnable++, count_changed = true;
            break;
        case EV_STEAL:
            md->steals++;
            PUSH(md->insts, md->ninsts, md->insts_cap, ((Inst){ IN_STEAL, e->p, 0, e->ts, e->a, e->b }));
            break;
        case EV_STACK:
            if (e->why) md->shrinks++;
            else md->growths++;
            PUSH(md->insts, md->ninsts, md->insts_cap,
                 ((Inst){ e->why ? IN_SHRINK : IN_GROW, e->p, e->g, e->ts, e->a, e->b }));
            break;
        case EV_GC_START:
            gc_start = e->ts;
            PUSH(md->insts, md->ninsts, md->insts_cap, ((Inst){ IN_GC_START, -1, 0, e->ts, e->a, 0 }));
            break;
        case EV_GC_END:
            md->gcs++;
            if (gc_start >= 0) md->gc_pause += e->ts - gc_start;
            gc_start = -1;
            heap = e->a, count_changed = true;
            PUSH(md->insts, md->ninsts, md->insts_cap, ((Inst){ IN_GC_END, -1, 0, e->ts, e->a, 0 }));
            break;
        case EV_PROCS:
            if (e->a > maxp) maxp = (int)e->a;
            PUSH(md->insts, md->ninsts, md->insts_cap, ((Inst){ IN_PROCS, -1, 0, e->ts, e->a, 0 }));
            break;
        case EV_TIMER:
            PUSH(md->insts, md->ninsts, md->insts_cap, ((Inst){ IN_TIMER, e->p, 0, e->ts, e->a, 0 }));
            break;
        }
        if (count_changed) {
            if (runnable < 0) runnable = 0;
            if (md->ncounters && md->counters[md->ncounters - 1].ts == e->ts) {
                md->counters[md->ncounters - 1].runnable = runnable;
                md->counters[md->ncounters - 1].heap = heap;
            } else {
                PUSH(md->counters, md->ncounters, md->counters_cap, ((Counter){ e->ts, runnable, heap }));
            }
        }
    }
    /* what still runs at the end */
    for (int p = 0; p < MAXP; p++) {
        if (!open[p]) continue;
        GInfo *gi = ginfo(md, open[p]);
        if (!gi || !gi->running) continue;
        gi->ran += end - gi->run_start;
        gi->running = false;
        PUSH(md->slices, md->nslices, md->slices_cap, ((Slice){ gi->run_start, end, open[p], p, -1, "running" }));
        if (!gi->why) gi->why = "running";
    }
    qsort(md->slices, (size_t)md->nslices, sizeof(Slice), slice_cmp);
    md->nprocs = maxp;
    md->nthreads = maxm;
    md->duration = end;
    return true;
}

/* ---- JSON (Chrome trace events) ---- */

static void json_str(FILE *f, const char *s) {
    fputc('"', f);
    for (const char *p = s; p && *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c == '/' && p > s && p[-1] == '<') fputs("\\/", f);   /* no "</script>" inside the page */
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

/* Microseconds with nanosecond digits, as trace-event "ts" and "dur". */
static void json_us(FILE *f, int64_t ns) { fprintf(f, "%lld.%03lld", (long long)(ns / 1000), (long long)(ns % 1000)); }

static const char *inst_names[] = {
    [IN_PREEMPT] = "preempted", [IN_STEAL] = "steal", [IN_GROW] = "stack grow", [IN_SHRINK] = "stack shrink",
    [IN_GC_START] = "GC start", [IN_GC_END] = "GC end", [IN_PROCS] = "GOMAXPROCS", [IN_TIMER] = "timer fired",
};

static void write_json(FILE *f, const Model *md) {
    fprintf(f, "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"program\":");
    json_str(f, tr.program);
    fprintf(f, ",\"truncated\":%s},\n\"traceEvents\":[\n", tr.truncated ? "true" : "false");
    fprintf(f, "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"args\":{\"name\":\"Ps\"}},\n");
    fprintf(f, "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":2,\"args\":{\"name\":\"Ms (threads)\"}},\n");
    fprintf(f, "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":3,\"args\":{\"name\":\"runtime\"}}");
    for (int p = 0; p < md->nprocs; p++)
        fprintf(f, ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%d,\"args\":{\"name\":\"P%d\"}}", p, p);
    for (int m = 0; m < md->nthreads; m++)
        fprintf(f, ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":2,\"tid\":%d,\"args\":{\"name\":\"M%d\"}}", m, m);
    /* running slices: one track per P, one per M */
    for (int track = 1; track <= 2; track++)
        for (int64_t i = 0; i < md->nslices; i++) {
            const Slice *s = &md->slices[i];
            int tid = track == 1 ? s->p : s->m;
            if (tid < 0) continue;
            const GInfo *gi = &md->gs[s->g];
            fprintf(f, ",\n{\"name\":\"G%lld %s\",\"ph\":\"X\",\"ts\":", (long long)s->g, gi->fn);
            json_us(f, s->start);
            fprintf(f, ",\"dur\":");
            json_us(f, s->end - s->start);
            fprintf(f, ",\"pid\":%d,\"tid\":%d,\"args\":{\"stop\":", track, tid);
            json_str(f, s->why);
            fprintf(f, "}}");
        }
    /* unpark arrows: from the waker's P to the woken G's next start */
    int64_t id = 1;
    for (int64_t i = 0; i < md->nflows; i++, id++) {
        const Flow *fl = &md->flows[i];
        int from = fl->from_p >= 0 ? fl->from_p : fl->to_p;
        fprintf(f, ",\n{\"name\":\"unpark\",\"cat\":\"unpark\",\"ph\":\"s\",\"id\":%lld,\"ts\":", (long long)id);
        json_us(f, fl->from_ts);
        fprintf(f, ",\"pid\":1,\"tid\":%d,\"args\":{\"waker\":%lld}}", from, (long long)fl->from_g);
        fprintf(f, ",\n{\"name\":\"unpark\",\"cat\":\"unpark\",\"ph\":\"f\",\"bp\":\"e\",\"id\":%lld,\"ts\":", (long long)id);
        json_us(f, fl->to_ts);
        fprintf(f, ",\"pid\":1,\"tid\":%d,\"args\":{\"g\":%lld}}", fl->to_p, (long long)fl->to_g);
    }
    for (int64_t i = 0; i < md->ninsts; i++) {
        const Inst *in = &md->insts[i];
        if (in->kind == IN_STEAL) {
            /* a flow from the victim's track to the thief's */
            fprintf(f, ",\n{\"name\":\"steal\",\"cat\":\"steal\",\"ph\":\"s\",\"id\":%lld,\"ts\":", (long long)id);
            json_us(f, in->ts);
            fprintf(f, ",\"pid\":1,\"tid\":%lld,\"args\":{\"count\":%lld}}", (long long)in->a, (long long)in->b);
            fprintf(f, ",\n{\"name\":\"steal\",\"cat\":\"steal\",\"ph\":\"f\",\"bp\":\"e\",\"id\":%lld,\"ts\":", (long long)id);
            json_us(f, in->ts);
            fprintf(f, ",\"pid\":1,\"tid\":%d,\"args\":{\"count\":%lld}}", in->p, (long long)in->b);
            id++;
        }
        bool on_p = in->p >= 0;
        fprintf(f, ",\n{\"name\":\"%s\",\"ph\":\"i\",\"s\":\"%c\",\"ts\":", inst_names[in->kind], on_p ? 't' : 'p');
        json_us(f, in->ts);
        fprintf(f, ",\"pid\":%d,\"tid\":%d,\"args\":{\"g\":%lld,\"a\":%lld,\"b\":%lld}}", on_p ? 1 : 3, on_p ? in->p : 0,
                (long long)in->g, (long long)in->a, (long long)in->b);
    }
    for (int64_t i = 0; i < md->ncounters; i++) {
        const Counter *c = &md->counters[i];
        fprintf(f, ",\n{\"name\":\"runnable goroutines\",\"ph\":\"C\",\"ts\":");
        json_us(f, c->ts);
        fprintf(f, ",\"pid\":3,\"args\":{\"goroutines\":%lld}}", (long long)c->runnable);
        if (i == 0 || c->heap != md->counters[i - 1].heap) {
            fprintf(f, ",\n{\"name\":\"heap\",\"ph\":\"C\",\"ts\":");
            json_us(f, c->ts);
            fprintf(f, ",\"pid\":3,\"args\":{\"bytes\":%lld}}", (long long)c->heap);
        }
    }
    if (tr.truncated) {
        fprintf(f, ",\n{\"name\":\"trace truncated: -trace-limit reached\",\"ph\":\"i\",\"s\":\"g\",\"ts\":");
        json_us(f, md->duration);
        fprintf(f, ",\"pid\":3,\"tid\":0}");
    }
    fprintf(f, "\n]}\n");
}

/* ---- the HTML page's data (docs/TRACE.md) ---- */

/* Strings by content: an index into the page's `strings`. */
typedef struct StrTab { const char **keys; int64_t *vals; int64_t cap, n; const char **order; } StrTab;

static int64_t str_index(StrTab *t, const char *s) {
    if (!s) s = "";
    if (2 * (t->n + 1) > t->cap) {
        StrTab nt = { calloc((size_t)(t->cap ? 2 * t->cap : 1024), sizeof(char *)),
                      calloc((size_t)(t->cap ? 2 * t->cap : 1024), sizeof(int64_t)), t->cap ? 2 * t->cap : 1024, 0,
                      realloc(t->order, sizeof(char *) * (size_t)(t->cap ? 2 * t->cap : 1024)) };
        if (!nt.keys || !nt.vals || !nt.order) { fprintf(stderr, "minigo: trace: out of memory\n"); exit(2); }
        for (int64_t i = 0; i < t->cap; i++) {
            if (!t->keys[i]) continue;
            uint64_t h = hash_bytes(t->keys[i], strlen(t->keys[i]), 0) & (uint64_t)(nt.cap - 1);
            while (nt.keys[h]) h = (h + 1) & (uint64_t)(nt.cap - 1);
            nt.keys[h] = t->keys[i];
            nt.vals[h] = t->vals[i];
        }
        nt.n = t->n;
        free(t->keys);
        free(t->vals);
        *t = nt;
    }
    uint64_t h = hash_bytes(s, strlen(s), 0) & (uint64_t)(t->cap - 1);
    while (t->keys[h]) {
        if (strcmp(t->keys[h], s) == 0) return t->vals[h];
        h = (h + 1) & (uint64_t)(t->cap - 1);
    }
    t->keys[h] = s;
    t->vals[h] = t->n;
    t->order[t->n] = s;
    return t->n++;
}

static void write_data(FILE *f, const Model *md) {
    StrTab st = { 0 };
    fprintf(f, "const TRACE = {\"version\":1,\"program\":");
    json_str(f, tr.program);
    fprintf(f, ",\"gomaxprocs\":%d,\"nprocs\":%d,\"nthreads\":%d,\"duration\":%lld,\"truncated\":%s,\n",
            tr.gomaxprocs0, md->nprocs, md->nthreads, (long long)md->duration, tr.truncated ? "true" : "false");
    /* the tables, with their strings numbered as they come */
    fprintf(f, "\"goroutines\":[");
    bool first = true;
    char line[600];
    for (int64_t id = 1; id < md->ngs; id++) {
        const GInfo *gi = &md->gs[id];
        if (!gi->seen) continue;
        if (gi->file) snprintf(line, sizeof line, "%s:%lld", gi->file, (long long)gi->line);
        else snprintf(line, sizeof line, "%s", "");
        char *ls = strdup(line);
        int64_t life = (gi->ended ? gi->ended : md->duration) - gi->created;
        fprintf(f, "%s[%lld,%lld,%lld,%lld,%lld,%lld,%lld,%lld]", first ? "" : ",\n", (long long)id,
                (long long)str_index(&st, gi->fn), (long long)str_index(&st, ls), (long long)gi->creator,
                (long long)gi->created, (long long)gi->ran, (long long)(life > gi->ran ? life - gi->ran : 0),
                (long long)str_index(&st, gi->why ? gi->why : "runnable"));
        first = false;
    }
    fprintf(f, "],\n\"slices\":[");
    for (int64_t i = 0; i < md->nslices; i++) {
        const Slice *s = &md->slices[i];
        fprintf(f, "%s%d,%lld,%lld,%lld,%lld,%d", i ? (i % 8 ? "," : ",\n") : "", s->p, (long long)s->g,
                (long long)s->start, (long long)s->end, (long long)str_index(&st, s->why), s->m);
    }
    fprintf(f, "],\n\"flows\":[");
    for (int64_t i = 0; i < md->nflows; i++) {
        const Flow *fl = &md->flows[i];
        fprintf(f, "%s%lld,%lld,%lld,%lld,%d", i ? (i % 8 ? "," : ",\n") : "", (long long)fl->from_g,
                (long long)fl->from_ts, (long long)fl->to_g, (long long)fl->to_ts, fl->to_p);
    }
    fprintf(f, "],\n\"instants\":[");
    for (int64_t i = 0; i < md->ninsts; i++) {
        const Inst *in = &md->insts[i];
        fprintf(f, "%s%d,%d,%lld,%lld,%lld,%lld", i ? (i % 8 ? "," : ",\n") : "", in->kind, in->p, (long long)in->g,
                (long long)in->ts, (long long)in->a, (long long)in->b);
    }
    fprintf(f, "],\n\"counters\":[");
    for (int64_t i = 0; i < md->ncounters; i++) {
        const Counter *c = &md->counters[i];
        fprintf(f, "%s%lld,%lld,%lld", i ? (i % 8 ? "," : ",\n") : "", (long long)c->ts, (long long)c->runnable,
                (long long)c->heap);
    }
    fprintf(f, "],\n\"totals\":{\"goroutines\":%lld,\"steals\":%lld,\"preemptions\":%lld,\"gcs\":%lld,"
            "\"gc_pause\":%lld,\"stack_growths\":%lld,\"stack_shrinks\":%lld},\n\"strings\":[",
            (long long)md->goroutines, (long long)md->steals, (long long)md->preemptions, (long long)md->gcs,
            (long long)md->gc_pause, (long long)md->growths, (long long)md->shrinks);
    for (int64_t i = 0; i < st.n; i++) {
        if (i) fputc(',', f);
        json_str(f, st.order[i]);
    }
    fprintf(f, "]};\n");
}

static void write_html(FILE *f, const Model *md) {
    fputs(trace_viewer_head, f);
    write_data(f, md);
    fputs(trace_viewer_tail, f);
}

void trace_finish(void) {
    if (!tr.path) return;
    trace_on = false;
    const char *path = tr.path;
    tr.path = NULL;
    int64_t end = now_ns(), n = 0;
    Ev *ev = gather(&n);
    Model md;
    if (!ev || !build_model(&md, ev, n, end)) {
        fprintf(stderr, "minigo: trace: out of memory\n");
        return;
    }
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "minigo: trace: cannot write %s\n", path);
        return;
    }
    static char iobuf[1 << 16];
    setvbuf(f, iobuf, _IOFBF, sizeof iobuf);
    size_t len = strlen(path);
    if (len > 5 && strcmp(path + len - 5, ".html") == 0) write_html(f, &md);
    else write_json(f, &md);
    if (fclose(f) != 0) fprintf(stderr, "minigo: trace: cannot write %s\n", path);
    if (tr.dropped) fprintf(stderr, "minigo: trace: %lld events dropped\n", (long long)tr.dropped);
}

void trace_set_gomaxprocs(int n) { tr.gomaxprocs0 = n; }
