/* test_runq.c — the local and global run queues (sched/runq.c).
 *
 * First the exact behaviour on one thread: FIFO order, runnext, the overflow
 * of a full ring into the global queue (half the ring + the new G), the
 * share globrunq_get takes, steal-half, drain, empty.
 *
 * Then a stress run: an owner thread puts millions of fake G's on its queue
 * in bursts (so the ring overflows into the global queue) and runs some of
 * them, while 3 thieves steal from it and from each other (runnext too),
 * pull from the global queue and run what they get. Running a G increments
 * its counter; at the end every G must have run exactly once. The verdict
 * does not depend on the interleaving.
 *
 * Usage: test_runq [number-of-Gs]   (default 3,000,000 per run, two runs;
 * pass a smaller number under TSan or helgrind)
 */
#include <gc.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "../../tests/unit/check.h"
#include "runq.h"

/* The queues see G only as an opaque pointer, so a fake one will do. */
struct G {
    int64_t id;
    _Atomic uint32_t runs;
    /* Plain fields: written by the putter before runq_put, read by whoever
     * runs the G, so that TSan checks that a queue hand-off orders them. */
    int64_t payload;
    int ran_by;
};

static struct G *make_gs(size_t n) {
    struct G *gs = calloc(n, sizeof *gs);
    if (!gs) { perror("calloc"); exit(1); }
    for (size_t i = 0; i < n; i++) gs[i].id = (int64_t)i;
    return gs;
}

/* ---- single-threaded behaviour ----------------------------------------- */

static void test_order_and_runnext(void) {
    GlobRunQ gq;
    RunQ q;
    globrunq_init(&gq, 1);
    runq_init(&q, &gq);
    struct G *gs = make_gs(8);
    bool inherit = true;

    CHECK(runq_empty(&q) && runq_get(&q, &inherit) == NULL && !inherit, "a new queue is empty");
    for (int i = 0; i < 5; i++) runq_put(&q, &gs[i], false);
    CHECK(runq_len(&q) == 5 && !runq_empty(&q), "5 queued");
    for (int i = 0; i < 5; i++) {
        struct G *g = runq_get(&q, &inherit);
        CHECK(g == &gs[i] && !inherit, "FIFO: get %d", i);
    }
    CHECK(runq_empty(&q), "empty again");

    /* put(a); put(b, next); put(c, next): c is next, b was kicked behind a. */
    runq_put(&q, &gs[0], false);
    runq_put(&q, &gs[1], true);
    runq_put(&q, &gs[2], true);
    CHECK(runq_len(&q) == 3, "runnext counts in the length");
    CHECK(runq_get(&q, &inherit) == &gs[2] && inherit, "runnext first, inheriting the time slice");
    CHECK(runq_get(&q, &inherit) == &gs[0] && !inherit, "then the head");
    CHECK(runq_get(&q, &inherit) == &gs[1], "then the kicked-out runnext");
    CHECK(runq_get(&q, NULL) == NULL, "then nothing");

    runq_put(&q, &gs[3], true);
    CHECK(!runq_empty(&q), "runnext alone is not empty");
    struct G *out[RUNQ_SIZE + 1];
    runq_put(&q, &gs[4], false);
    runq_put(&q, &gs[5], false);
    uint32_t n = runq_drain(&q, out);
    CHECK(n == 3 && out[0] == &gs[3] && out[1] == &gs[4] && out[2] == &gs[5], "drain: runnext then the ring");
    CHECK(runq_empty(&q), "drained");
    globrunq_destroy(&gq);
    free(gs);
}

static void test_overflow(void) {
    GlobRunQ gq;
    RunQ q;
    globrunq_init(&gq, 1);
    runq_init(&q, &gq);
    struct G *gs = make_gs(1000);

    for (int i = 0; i < (int)RUNQ_SIZE; i++) runq_put(&q, &gs[i], false);
    CHECK(runq_len(&q) == RUNQ_SIZE && globrunq_size(&gq) == 0, "the ring holds 256");
    runq_put(&q, &gs[RUNQ_SIZE], false);
    CHECK(runq_len(&q) == RUNQ_SIZE / 2, "overflow leaves half the ring (%u)", runq_len(&q));
    CHECK(globrunq_size(&gq) == RUNQ_SIZE / 2 + 1, "and moves 128 + 1 to the global queue (%u)",
          globrunq_size(&gq));

    /* Local now holds 128..255; global holds 0..127 then 256. With one P,
     * globrunq_get takes min(129/1 + 1, 129, 128) = 128: one to run, 127 in
     * the local ring after 255. */
    bool order_ok = true;
    for (int i = 128; i < 256; i++) order_ok &= runq_get(&q, NULL) == &gs[i];
    CHECK(order_ok, "the second half stays local, in order");
    struct G *g = globrunq_get(&q, 0);
    CHECK(g == &gs[0], "globrunq_get returns the oldest global G");
    CHECK(runq_len(&q) == 127 && globrunq_size(&gq) == 1, "and moved 127 into the ring (%u, %u left)",
          runq_len(&q), globrunq_size(&gq));
    order_ok = true;
    for (int i = 1; i < 128; i++) order_ok &= runq_get(&q, NULL) == &gs[i];
    CHECK(order_ok, "the global queue kept the ring's order");
    CHECK(globrunq_get(&q, 0) == &gs[256] && globrunq_size(&gq) == 0, "the put G came last");
    CHECK(globrunq_get(&q, 0) == NULL, "global queue empty");

    /* The fair share with 4 Ps and max. */
    globrunq_set_nprocs(&gq, 4);
    for (int i = 0; i < 100; i++) globrunq_put(&gq, &gs[i]);
    g = globrunq_get(&q, 0);
    CHECK(g == &gs[0] && runq_len(&q) == 100 / 4 + 1 - 1, "4 Ps: take 100/4+1 = 26 (ring %u)", runq_len(&q));
    while (runq_get(&q, NULL)) {}
    g = globrunq_get(&q, 1);
    CHECK(g == &gs[26] && runq_len(&q) == 0 && globrunq_size(&gq) == 73, "max 1 takes just one");
    globrunq_put_head(&gq, &gs[999]);
    CHECK(globrunq_get(&q, 1) == &gs[999], "put_head goes first");
    while (globrunq_get(&q, 0)) while (runq_get(&q, NULL)) {}
    CHECK(globrunq_size(&gq) == 0 && runq_empty(&q), "all taken");

    /* Growth past the initial buffer, wrapping around. */
    bool grow_ok = true;
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 1000; i++) globrunq_put(&gq, &gs[i]);
        for (int i = 0; i < 1000; i++) {
            struct G *x = globrunq_get(&q, 1);
            grow_ok &= x == &gs[i];
        }
    }
    CHECK(grow_ok && globrunq_size(&gq) == 0, "the global queue grows and stays FIFO");
    globrunq_destroy(&gq);
    free(gs);
}

static void test_steal(void) {
    GlobRunQ gq;
    RunQ a, b;
    globrunq_init(&gq, 2);
    runq_init(&a, &gq);
    runq_init(&b, &gq);
    struct G *gs = make_gs(300);

    for (int i = 0; i < 11; i++) runq_put(&a, &gs[i], false);
    struct G *g = runq_steal(&b, &a, false);
    /* Half of 11 rounded up is 6: G's 0..5; the last one stolen runs now. */
    CHECK(g == &gs[5], "steal returns the last G taken");
    CHECK(runq_len(&a) == 5 && runq_len(&b) == 5, "6 of 11 stolen (a %u, b %u)", runq_len(&a), runq_len(&b));
    bool ok = true;
    for (int i = 0; i < 5; i++) ok &= runq_get(&b, NULL) == &gs[i];
    for (int i = 6; i < 11; i++) ok &= runq_get(&a, NULL) == &gs[i];
    CHECK(ok, "both keep their order");

    runq_put(&a, &gs[20], true);
    CHECK(runq_steal(&b, &a, false) == NULL, "runnext is not stolen unless asked");
    CHECK(runq_steal(&b, &a, true) == &gs[20] && runq_empty(&a), "and is when asked");
    CHECK(runq_steal(&b, &a, true) == NULL, "nothing left to steal");

    runq_put(&a, &gs[21], false);
    g = runq_steal(&b, &a, true);
    CHECK(g == &gs[21] && runq_empty(&b), "a single G is stolen and run, the thief's ring unchanged");

    for (int i = 0; i < (int)RUNQ_SIZE; i++) runq_put(&a, &gs[i], false);
    g = runq_steal(&b, &a, false);
    CHECK(g == &gs[127] && runq_len(&b) == 127 && runq_len(&a) == 128, "steal from a full ring takes 128");
    globrunq_destroy(&gq);
    free(gs);
}

/* ---- the stress run ------------------------------------------------------ */

#define NTHIEVES 3
#define NQ (NTHIEVES + 1)

static GlobRunQ stress_gq;
static RunQ *stress_q[NQ];
static struct G *stress_gs;
static size_t stress_n;
static uint64_t stress_burst;                 /* the most puts (and gets) in a row */
static _Atomic bool stress_done;
static _Atomic uint64_t stress_dups;           /* a G run a second time */
static _Atomic uint64_t stress_bad_payload;    /* a G whose payload was not seen */

typedef struct Worker {
    int id;
    uint64_t ran, steals, stolen, global_gets, overflows;
} Worker;

static inline uint64_t xorshift(uint64_t *s) {
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

static inline void run_g(Worker *w, struct G *g) {
    if (atomic_fetch_add_explicit(&g->runs, 1, memory_order_relaxed) != 0)
        atomic_fetch_add(&stress_dups, 1);
    if (g->payload != (g->id ^ 0x5A5A5A5A))
        atomic_fetch_add(&stress_bad_payload, 1);
    g->ran_by = w->id;
    w->ran++;
}

static void *owner_main(void *arg) {
    Worker *w = arg;
    RunQ *q = stress_q[0];
    uint64_t rng = 0x9E3779B97F4A7C15u;
    size_t next = 0;
    atomic_store(&q->owner_running, true);
    while (next < stress_n) {
        /* A burst of puts; above 256 the ring overflows. */
        size_t burst = xorshift(&rng) % stress_burst;
        for (size_t i = 0; i < burst && next < stress_n; i++) {
            uint32_t before = globrunq_size(&stress_gq);
            struct G *g = &stress_gs[next++];
            g->payload = g->id ^ 0x5A5A5A5A;
            runq_put(q, g, xorshift(&rng) % 8 == 0);
            if (globrunq_size(&stress_gq) > before) w->overflows++;
        }
        /* Then run about as many. */
        size_t gets = xorshift(&rng) % stress_burst;
        for (size_t i = 0; i < gets; i++) {
            struct G *g = runq_get(q, NULL);
            if (!g && xorshift(&rng) % 2) {
                g = globrunq_get(q, xorshift(&rng) % 3 == 0 ? 1 : 0);
                if (g) w->global_gets++;
            }
            if (!g) break;
            run_g(w, g);
        }
    }
    /* Everything is out; run what is left here and in the global queue. */
    for (;;) {
        struct G *g = runq_get(q, NULL);
        if (!g && (g = globrunq_get(q, 0)) != NULL) w->global_gets++;
        if (!g) break;
        run_g(w, g);
    }
    atomic_store(&q->owner_running, false);
    atomic_store(&stress_done, true);
    return NULL;
}

static void *thief_main(void *arg) {
    Worker *w = arg;
    RunQ *q = stress_q[w->id];
    uint64_t rng = 0xD1B54A32D192ED03u * (uint64_t)(w->id + 1);
    for (;;) {
        struct G *g = runq_get(q, NULL);
        if (!g && (g = globrunq_get(q, xorshift(&rng) % 4 == 0 ? 1 : 0)) != NULL) w->global_gets++;
        if (!g) {
            /* Our ring is empty here, as findRunnable requires before stealing. */
            int victim = (int)(xorshift(&rng) % (NQ - 1));
            if (victim >= w->id) victim++;
            uint32_t before = runq_len(q);
            g = runq_steal(q, stress_q[victim], xorshift(&rng) % 2);
            if (g) {
                w->steals++;
                w->stolen += 1 + runq_len(q) - before;
            }
        }
        if (g) {
            run_g(w, g);
            continue;
        }
        if (atomic_load(&stress_done) && globrunq_size(&stress_gq) == 0 && runq_empty(q)) break;
        sched_yield();   /* 4 threads may share 2 cores: let the owner run */
    }
    return NULL;
}

static void test_stress(size_t n, uint64_t burst) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    stress_n = n;
    stress_burst = burst;
    atomic_store(&stress_done, false);
    atomic_store(&stress_dups, 0);
    atomic_store(&stress_bad_payload, 0);
    stress_gs = make_gs(n);
    globrunq_init(&stress_gq, NQ);
    for (int i = 0; i < NQ; i++) {
        /* Scanned memory, as a P would be. */
        stress_q[i] = GC_MALLOC_UNCOLLECTABLE(sizeof(RunQ));
        runq_init(stress_q[i], &stress_gq);
    }
    Worker w[NQ] = {{0}};
    pthread_t th[NQ];
    for (int i = 0; i < NQ; i++) {
        w[i].id = i;
        /* gc.h makes this GC_pthread_create: the owner allocates (overflow). */
        if (pthread_create(&th[i], NULL, i == 0 ? owner_main : thief_main, &w[i]) != 0) {
            perror("pthread_create");
            exit(1);
        }
    }
    for (int i = 0; i < NQ; i++) pthread_join(th[i], NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);

    uint64_t ran = 0, steals = 0, stolen = 0, gg = 0;
    for (int i = 0; i < NQ; i++) {
        ran += w[i].ran;
        steals += w[i].steals;
        stolen += w[i].stolen;
        gg += w[i].global_gets;
    }
    size_t wrong = 0;
    for (size_t i = 0; i < n; i++) wrong += atomic_load(&stress_gs[i].runs) != 1;
    bool all_empty = globrunq_size(&stress_gq) == 0;
    for (int i = 0; i < NQ; i++) all_empty &= runq_empty(stress_q[i]);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("# stress (bursts < %llu): %zu Gs in %.2f s; owner ran %llu, thieves ran %llu/%llu/%llu; %llu steals took %llu Gs;"
           " %llu global gets; %llu overflows\n",
           (unsigned long long)burst, n, secs, (unsigned long long)w[0].ran, (unsigned long long)w[1].ran, (unsigned long long)w[2].ran,
           (unsigned long long)w[3].ran, (unsigned long long)steals, (unsigned long long)stolen,
           (unsigned long long)gg, (unsigned long long)w[0].overflows);

    CHECK(ran == n, "every G ran: %llu of %zu", (unsigned long long)ran, n);
    CHECK(wrong == 0, "every G ran exactly once (%zu did not)", wrong);
    CHECK(atomic_load(&stress_dups) == 0, "no G ran twice (%llu did)", (unsigned long long)atomic_load(&stress_dups));
    CHECK(atomic_load(&stress_bad_payload) == 0, "whoever ran a G saw what its putter wrote");
    CHECK(all_empty, "all queues are empty at the end");
    for (int i = 0; i < NQ; i++) GC_FREE(stress_q[i]);
    globrunq_destroy(&stress_gq);
    free(stress_gs);
}

int main(int argc, char **argv) {
    GC_INIT();
    size_t n = 3000000;
    if (argc > 1) n = (size_t)strtoull(argv[1], NULL, 10);
    test_order_and_runnext();
    test_overflow();
    test_steal();
    /* Long bursts: the owner overflows into the global queue a lot. */
    test_stress(n, 600);
    /* Short bursts: little overflow, so the thieves must steal. */
    test_stress(n, 64);
    return check_done();
}
