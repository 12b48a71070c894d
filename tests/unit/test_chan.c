/* test_chan.c — the channel runtime's non-blocking C interface (the one
 * timers use): FIFO buffers, full and empty channels, close and the zero
 * values a closed channel gives, nil channels, and len/cap. The blocking
 * paths need goroutines and are covered by tests/go/chan, tests/go/select. */
#include <gc.h>
#include "../../tests/unit/check.h"
#include "chan.h"

int main(void) {
    GC_INIT();
    Value v;
    bool ok;

    /* nil channel: never ready, len and cap 0, close reports it */
    CHECK(!chan_try_send(NULL, (Value){ .i = 1 }), "send on nil");
    CHECK(!chan_try_recv(NULL, &v, &ok), "receive from nil");
    CHECK(chan_len(NULL) == 0 && chan_cap(NULL) == 0, "len/cap of nil");
    CHECK(chan_close_raw(NULL) == 2, "close of nil");

    /* out-of-range sizes */
    CHECK(chan_make(-1, -1, false) == NULL, "negative size");
    CHECK(chan_make(CHAN_MAX_SIZE + 1, -1, false) == NULL, "huge size");

    /* unbuffered, no one waiting: nothing is ready */
    Hchan *u = chan_make(0, -1, false);
    CHECK(u && chan_cap(u) == 0, "unbuffered made");
    CHECK(!chan_try_send(u, (Value){ .i = 1 }), "unbuffered send without receiver");
    CHECK(!chan_try_recv(u, &v, &ok), "unbuffered receive without sender");

    /* buffered: FIFO through many wrap-arounds of the ring */
    Hchan *b = chan_make(3, -1, false);
    int64_t next_in = 0, next_out = 0;
    bool fifo = true;
    for (int round = 0; round < 1000; round++) {
        int n = 1 + round % 3;
        for (int i = 0; i < n; i++) fifo &= chan_try_send(b, (Value){ .i = next_in++ });
        fifo &= chan_len(b) == n;
        for (int i = 0; i < n; i++) {
            fifo &= chan_try_recv(b, &v, &ok) && ok && v.i == next_out++;
        }
    }
    CHECK(fifo, "buffered FIFO over 2000 values");
    for (int i = 0; i < 3; i++) chan_try_send(b, (Value){ .i = 10 + i });
    CHECK(!chan_try_send(b, (Value){ .i = 99 }), "full buffer refuses");
    CHECK(chan_len(b) == 3 && chan_cap(b) == 3, "len/cap when full");

    /* close: buffered values still come out, then zero values with ok false */
    CHECK(chan_close_raw(b) == 0, "close");
    CHECK(chan_close_raw(b) == 1, "second close reports closed");
    CHECK(!chan_try_send(b, (Value){ .i = 1 }), "send on closed");
    for (int i = 0; i < 3; i++) {
        ok = false;
        CHECK(chan_try_recv(b, &v, &ok) && ok && v.i == 10 + i, "drain value %d", i);
    }
    ok = true;
    v.i = 7;
    CHECK(chan_try_recv(b, &v, &ok) && !ok && v.i == 0, "closed and drained: zero, !ok");
    CHECK(chan_try_recv(b, &v, NULL), "ok may be NULL");

    /* a closed channel of 3-slot aggregates gives fresh zeroed blocks */
    Hchan *a = chan_make(1, 3, true);
    chan_close_raw(a);
    Value z1, z2;
    CHECK(chan_try_recv(a, &z1, &ok) && !ok && z1.p, "aggregate zero is a block");
    CHECK(chan_try_recv(a, &z2, &ok) && z2.p != z1.p, "each zero block is new");
    Value *blk = z1.p;
    CHECK(blk[0].i == 0 && blk[1].i == 0 && blk[2].i == 0, "zeroed");

    /* a pointer-holding buffer keeps its values alive across a collection */
    Hchan *p = chan_make(4, -1, true);
    for (int i = 0; i < 4; i++) {
        int64_t *cell = GC_MALLOC(sizeof *cell);
        *cell = 1000 + i;
        chan_try_send(p, (Value){ .p = cell });
    }
    GC_gcollect();
    for (int i = 0; i < 100000; i++) (void)GC_MALLOC(32);
    bool alive = true;
    for (int i = 0; i < 4; i++) alive &= chan_try_recv(p, &v, &ok) && *(int64_t *)v.p == 1000 + i;
    CHECK(alive, "buffered pointers survive GC");
    return check_done();
}
