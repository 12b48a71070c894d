/* test_park.c — futex notes (sched/park.c): how an idle M sleeps and wakes.
 *
 * A wakeup before the sleep is not lost; a sleeper stays asleep until it is
 * woken; a timed sleep returns false after its time (never before, by
 * construction) and true when woken; 20,000 ping-pong round trips between
 * two threads lose no wakeup. Timing is only checked against a generous
 * 5-second bound, so a loaded machine cannot fail the test.
 */
#include <gc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include "../../tests/unit/check.h"
#include "park.h"
#include "timer.h"

#define MS 1000000LL
#define LIMIT (5000 * MS)

static void sleep_ns(int64_t ns) {
    struct timespec ts = { .tv_sec = (time_t)(ns / 1000000000), .tv_nsec = (long)(ns % 1000000000) };
    while (nanosleep(&ts, &ts) != 0) {}
}

static Note note;
static _Atomic bool woke;

static void *sleeper(void *arg) {
    (void)arg;
    note_sleep(&note);
    atomic_store(&woke, true);
    return NULL;
}

static void *waker_after_20ms(void *arg) {
    (void)arg;
    sleep_ns(20 * MS);
    note_wakeup(&note);
    return NULL;
}

#define ROUNDS 20000
static Note ping, pong;

static void *ponger(void *arg) {
    (void)arg;
    for (int i = 0; i < ROUNDS; i++) {
        note_sleep(&ping);
        note_clear(&ping);
        note_wakeup(&pong);
    }
    return NULL;
}

int main(void) {
    GC_INIT();

    /* A wakeup that comes first. */
    note_clear(&note);
    CHECK(!note_woken(&note), "a cleared note is not woken");
    note_wakeup(&note);
    int64_t t0 = sched_nanotime();
    note_sleep(&note);
    CHECK(note_woken(&note) && sched_nanotime() - t0 < LIMIT, "a wakeup before the sleep is kept");
    CHECK(note_tsleep(&note, 10 * MS), "and a timed sleep sees it too");

    /* A sleeper stays asleep until woken. */
    note_clear(&note);
    pthread_t th;
    pthread_create(&th, NULL, sleeper, NULL);
    sleep_ns(50 * MS);
    CHECK(!atomic_load(&woke), "the sleeper is still asleep before the wakeup");
    note_wakeup(&note);
    pthread_join(th, NULL);
    CHECK(atomic_load(&woke), "and returns after it");

    /* Timeouts. */
    note_clear(&note);
    t0 = sched_nanotime();
    bool w = note_tsleep(&note, 100 * MS);
    int64_t el = sched_nanotime() - t0;
    printf("# a 100 ms timed sleep took %.2f ms\n", (double)el / MS);
    CHECK(!w, "an unwoken timed sleep times out");
    CHECK(el >= 100 * MS && el < LIMIT, "after its time (%.2f ms)", (double)el / MS);
    t0 = sched_nanotime();
    CHECK(!note_tsleep(&note, 0) && sched_nanotime() - t0 < LIMIT, "a zero timeout returns at once");

    note_clear(&note);
    pthread_create(&th, NULL, waker_after_20ms, NULL);
    t0 = sched_nanotime();
    w = note_tsleep(&note, 10000 * MS);
    el = sched_nanotime() - t0;
    pthread_join(th, NULL);
    printf("# a timed sleep woken after 20 ms took %.2f ms\n", (double)el / MS);
    CHECK(w && el < LIMIT, "a timed sleep returns early when woken (%.2f ms)", (double)el / MS);

    /* The futex itself: a changed value means no sleep at all. */
    _Atomic uint32_t word = 7;
    t0 = sched_nanotime();
    futex_sleep(&word, 3, 10000 * MS);
    CHECK(sched_nanotime() - t0 < LIMIT, "futex_sleep returns at once when the value differs");
    futex_wakeup(&word, 1);   /* no sleeper: a no-op */

    /* Ping-pong: each side wakes the other; a lost wakeup would hang, a
     * double one would be a fatal error. */
    note_clear(&ping);
    t0 = sched_nanotime();
    pthread_create(&th, NULL, ponger, NULL);
    int done = 0;
    for (int i = 0; i < ROUNDS; i++) {
        note_clear(&pong);
        note_wakeup(&ping);
        note_sleep(&pong);
        done++;
    }
    pthread_join(th, NULL);
    el = sched_nanotime() - t0;
    printf("# %d round trips in %.1f ms\n", done, (double)el / MS);
    CHECK(done == ROUNDS, "%d ping-pong round trips", ROUNDS);

    return check_done();
}
