/* test_timer.c — the per-P timer heap (sched/timer.c).
 *
 *   - 100,000 timers under 300,000 random adds, stops and resets, checked
 *     against a plain array: timers_next is the minimum, each timers_run
 *     fires exactly the due timers in time order, and the last run fires
 *     everything left in the order of a sorted copy of the reference.
 *   - periodic timers, callbacks that reset themselves or stop another.
 *   - threads adding, stopping and resetting timers on two heaps while
 *     another runs them: every arming ends in exactly one fire or stop, or
 *     is still pending at the end.
 */
#include <gc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "../../tests/unit/check.h"
#include "timer.h"

static inline uint64_t xorshift(uint64_t *s) {
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

/* ---- random operations against a reference ----------------------------- */

#define NT 100000

static Timer *tms;
static bool ref_pending[NT];
static int64_t ref_when[NT];

typedef struct Fired { int64_t when; int32_t id; } Fired;
static Fired *fired;
static size_t nfired;
static bool seq_ok = true;

static void record(void *arg, uint64_t seq) {
    int32_t id = (int32_t)(intptr_t)arg;
    if (seq != (uint64_t)id * 7 + 1) seq_ok = false;
    fired[nfired++] = (Fired){ tms[id].when, id };
}

static int cmp_fired(const void *a, const void *b) {
    const Fired *x = a, *y = b;
    if (x->when != y->when) return x->when < y->when ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

static int64_t ref_min(void) {
    int64_t m = INT64_MAX;
    for (int i = 0; i < NT; i++)
        if (ref_pending[i] && ref_when[i] < m) m = ref_when[i];
    return m;
}

static void test_random(void) {
    Timers ts;
    timers_init(&ts);
    tms = calloc(NT, sizeof *tms);
    fired = calloc(NT, sizeof *fired);
    uint64_t rng = 88172645463325252u;
    int64_t now = 0;
    const int64_t span = 1000000000;

    CHECK(timers_next(&ts) == INT64_MAX && timers_len(&ts) == 0, "an empty heap has no next");
    for (int i = 0; i < NT; i++) {
        timer_init(&tms[i], record, (void *)(intptr_t)i, (uint64_t)i * 7 + 1);
        ref_when[i] = (int64_t)(xorshift(&rng) % span);
        ref_pending[i] = true;
        timers_add(&ts, &tms[i], ref_when[i], 0);
    }
    CHECK(timers_verify(&ts) && timers_len(&ts) == NT, "100,000 added");
    CHECK(timers_next(&ts) == ref_min(), "next is the minimum");

    bool ret_ok = true, next_ok = true, heap_ok = true, run_ok = true, order_ok = true;
    for (int op = 1; op <= 300000; op++) {
        int i = (int)(xorshift(&rng) % NT);
        int64_t when = now + (int64_t)(xorshift(&rng) % span);
        switch (xorshift(&rng) % 3) {
        case 0:
            ret_ok &= timer_stop(&tms[i]) == ref_pending[i];
            ret_ok &= !timer_pending(&tms[i]);
            ref_pending[i] = false;
            break;
        case 1:
            ret_ok &= timer_reset(&ts, &tms[i], when, 0) == ref_pending[i];
            ref_pending[i] = true;
            ref_when[i] = when;
            break;
        default:
            if (!ref_pending[i]) {
                timers_add(&ts, &tms[i], when, 0);
                ref_pending[i] = true;
                ref_when[i] = when;
            }
            break;
        }
        if (op % 10000 == 0) {
            heap_ok &= timers_verify(&ts);
            next_ok &= timers_next(&ts) == ref_min();
            /* Advance the clock and fire what is due. */
            now += (int64_t)(xorshift(&rng) % (span / 20));
            size_t due = 0;
            for (int k = 0; k < NT; k++) due += ref_pending[k] && ref_when[k] <= now;
            nfired = 0;
            int ran = timers_run(&ts, now);
            run_ok &= (size_t)ran == due && nfired == due;
            for (size_t k = 0; k < nfired; k++) {
                int32_t id = fired[k].id;
                run_ok &= ref_pending[id] && ref_when[id] == fired[k].when && fired[k].when <= now;
                run_ok &= !timer_pending(&tms[id]);
                if (k > 0) order_ok &= fired[k - 1].when <= fired[k].when;
                ref_pending[id] = false;
            }
            next_ok &= timers_next(&ts) == ref_min() && timers_next(&ts) > now;
        }
    }
    CHECK(ret_ok, "stop/reset report whether the timer was pending");
    CHECK(heap_ok, "the heap order and indexes hold throughout");
    CHECK(next_ok, "timers_next matches the reference minimum");
    CHECK(run_ok, "each run fires exactly the due timers");
    CHECK(order_ok, "earliest first");
    CHECK(seq_ok, "callbacks get their arg and seq");

    /* Everything left, against a sorted copy of the reference. */
    size_t nleft = 0;
    Fired *want = calloc(NT, sizeof *want);
    for (int i = 0; i < NT; i++)
        if (ref_pending[i]) want[nleft++] = (Fired){ ref_when[i], i };
    qsort(want, nleft, sizeof *want, cmp_fired);
    CHECK((size_t)timers_len(&ts) == nleft, "%zu timers left", nleft);
    nfired = 0;
    timers_run(&ts, INT64_MAX);
    bool same = nfired == nleft;
    for (size_t k = 0; same && k < nleft; k++) same = fired[k].when == want[k].when;
    qsort(fired, nfired, sizeof *fired, cmp_fired);
    for (size_t k = 0; same && k < nleft; k++) same = fired[k].id == want[k].id;
    CHECK(same, "the final run fires all %zu in sorted order", nleft);
    CHECK(timers_len(&ts) == 0 && timers_next(&ts) == INT64_MAX && timers_verify(&ts), "empty at the end");
    free(want);
    timers_destroy(&ts);
    free(fired);
    free(tms);
}

/* ---- periodic timers and callbacks that touch timers -------------------- */

typedef struct Probe {
    Timers *ts;
    Timer t, *other;
    int fires;
    uint64_t last_seq;
    int64_t rearm;          /* > 0: the callback resets its own timer to now + rearm */
} Probe;

static void probe_fn(void *arg, uint64_t seq) {
    Probe *p = arg;
    p->fires++;
    p->last_seq = seq;
    if (p->other) timer_stop(p->other);
    if (p->rearm > 0) timer_reset(p->ts, &p->t, p->t.when + p->rearm, 0);
}

static void test_periodic_and_callbacks(void) {
    Timers ts;
    timers_init(&ts);
    Probe a = { .ts = &ts }, b = { .ts = &ts }, c = { .ts = &ts };
    timer_init(&a.t, probe_fn, &a, 42);
    timers_add(&ts, &a.t, 5, 10);
    CHECK(timers_run(&ts, 4) == 0 && a.fires == 0, "not due yet");
    CHECK(timers_run(&ts, 100) == 1 && a.fires == 1 && a.last_seq == 42, "a late periodic timer fires once");
    CHECK(a.t.when == 105 && timer_pending(&a.t) && timers_next(&ts) == 105,
          "and is re-armed at the next period after now (%lld)", (long long)a.t.when);
    CHECK(timers_run(&ts, 105) == 1 && a.t.when == 115, "fires again on time");
    CHECK(timers_run(&ts, 114) == 0, "not before its period");
    CHECK(timer_reset(&ts, &a.t, 1000, 0), "reset turns it into a one-shot");
    CHECK(timers_run(&ts, 999) == 0 && timers_run(&ts, 1000) == 1 && !timer_pending(&a.t), "which fires once");
    CHECK(timers_run(&ts, 100000) == 0 && a.fires == 3, "and never again");

    timers_add(&ts, &a.t, 2000, 7);
    CHECK(timer_stop(&a.t) && !timer_stop(&a.t), "stop a periodic timer; a second stop finds nothing");
    CHECK(timers_run(&ts, 1000000) == 0, "a stopped periodic timer stays quiet");

    /* A callback that re-arms itself, like a ticker written by hand. */
    timer_init(&b.t, probe_fn, &b, 1);
    b.rearm = 50;
    timers_add(&ts, &b.t, 100, 0);
    CHECK(timers_run(&ts, 100) == 1 && timer_pending(&b.t) && b.t.when == 150, "a callback resets its own timer");
    b.rearm = 0;
    CHECK(timers_run(&ts, 149) == 0 && timers_run(&ts, 150) == 1 && !timer_pending(&b.t), "and it fires then");

    /* A callback that stops a later timer due in the same run. */
    timer_init(&b.t, probe_fn, &b, 2);
    timer_init(&c.t, probe_fn, &c, 3);
    b.fires = c.fires = 0;
    b.other = &c.t;
    timers_add(&ts, &b.t, 10, 0);
    timers_add(&ts, &c.t, 11, 0);
    CHECK(timers_run(&ts, 20) == 1 && b.fires == 1 && c.fires == 0, "a callback stops a timer that was due");
    CHECK(timers_len(&ts) == 0 && timers_verify(&ts), "nothing left");

    /* Equal whens, and whens near INT64_MAX. */
    Probe many[50];
    for (int i = 0; i < 50; i++) {
        many[i] = (Probe){ .ts = &ts };
        timer_init(&many[i].t, probe_fn, &many[i], (uint64_t)i);
        timers_add(&ts, &many[i].t, i % 2 ? 77 : INT64_MAX - 5, i % 3 ? 0 : INT64_MAX / 2);
    }
    CHECK(timers_verify(&ts) && timers_next(&ts) == 77, "25 timers share when 77");
    CHECK(timers_run(&ts, 77) == 25, "and fire together");
    CHECK(timers_run(&ts, INT64_MAX) == 33, "the far ones and the re-armed periodic ones fire at the end of time");
    int still = 0;
    for (int i = 0; i < 50; i++) still += timer_pending(&many[i].t);
    CHECK(still == 17 && timers_verify(&ts) && timers_next(&ts) == INT64_MAX,
          "periodic ones whose next fire overflows are parked at INT64_MAX, never to fire (%d)", still);
    timers_destroy(&ts);
    CHECK(!timer_pending(&many[0].t), "destroy drops what is left");
}

/* ---- threads ------------------------------------------------------------ */

#define MT_TIMERS 2000
#define MT_THREADS 3
#define MT_OPS 200000

static Timers mt_heaps[2];
static Timer mt_t[MT_TIMERS];
static _Atomic uint64_t mt_fires, mt_arms, mt_stops;
static _Atomic bool mt_done;

static void mt_fire(void *arg, uint64_t seq) {
    (void)arg;
    (void)seq;
    atomic_fetch_add(&mt_fires, 1);
}

static void *mt_mutator(void *arg) {
    uint64_t rng = 0x2545F4914F6CDD1Du + (uint64_t)(intptr_t)arg * 977;
    for (int op = 0; op < MT_OPS; op++) {
        Timer *t = &mt_t[xorshift(&rng) % MT_TIMERS];
        if (xorshift(&rng) % 2) {
            if (timer_stop(t)) atomic_fetch_add(&mt_stops, 1);
        } else {
            Timers *ts = &mt_heaps[xorshift(&rng) % 2];
            int64_t when = sched_nanotime() + (int64_t)(xorshift(&rng) % 200000);   /* within 0.2 ms */
            if (!timer_reset(ts, t, when, 0)) atomic_fetch_add(&mt_arms, 1);
        }
    }
    return NULL;
}

static void *mt_runner(void *arg) {
    (void)arg;
    while (!atomic_load(&mt_done)) {
        int64_t now = sched_nanotime();
        timers_run(&mt_heaps[0], now);
        timers_run(&mt_heaps[1], now);
    }
    return NULL;
}

static void test_threads(void) {
    timers_init(&mt_heaps[0]);
    timers_init(&mt_heaps[1]);
    for (int i = 0; i < MT_TIMERS; i++) timer_init(&mt_t[i], mt_fire, NULL, 0);
    pthread_t mut[MT_THREADS], run;
    pthread_create(&run, NULL, mt_runner, NULL);
    for (int i = 0; i < MT_THREADS; i++) pthread_create(&mut[i], NULL, mt_mutator, (void *)(intptr_t)i);
    for (int i = 0; i < MT_THREADS; i++) pthread_join(mut[i], NULL);
    atomic_store(&mt_done, true);
    pthread_join(run, NULL);

    int pending = 0;
    for (int i = 0; i < MT_TIMERS; i++) pending += timer_pending(&mt_t[i]);
    uint64_t arms = atomic_load(&mt_arms), fires = atomic_load(&mt_fires), stops = atomic_load(&mt_stops);
    printf("# threads: %llu arms, %llu fires, %llu stops, %d pending\n", (unsigned long long)arms,
           (unsigned long long)fires, (unsigned long long)stops, pending);
    CHECK(timers_verify(&mt_heaps[0]) && timers_verify(&mt_heaps[1]), "both heaps consistent after the race");
    CHECK(timers_len(&mt_heaps[0]) + timers_len(&mt_heaps[1]) == pending, "the heaps hold the pending timers");
    CHECK(arms == fires + stops + (uint64_t)pending, "every arming ended in one fire or one stop, or waits");
    CHECK(timers_run(&mt_heaps[0], INT64_MAX) + timers_run(&mt_heaps[1], INT64_MAX) == pending,
          "the rest fire");
    timers_destroy(&mt_heaps[0]);
    timers_destroy(&mt_heaps[1]);
}

int main(void) {
    GC_INIT();
    test_random();
    test_periodic_and_callbacks();
    test_threads();
    return check_done();
}
