/* chan.h — Go channels and select at run time.
 *
 * Follows Go's runtime/chan.go (hchan, chansend, chanrecv, closechan, the
 * direct hand-off to a waiting receiver) and runtime/select.go (selectgo:
 * random poll order, locks taken in address order, enqueue on every
 * channel, the first waker wins).
 *
 * Every Go value is one slot (vm/value.h), so a channel's buffer is a ring
 * of Values. An element of aggregate type (struct, array) is a pointer to a
 * block: the code generator copies the block before it is sent, so the
 * channel owns it; a receive from a closed channel makes a fresh zero block.
 *
 * Blocking and waking (the park/ready layer of scheduler.h): a goroutine
 * that must wait queues a waiter (a Sudog) under the channel's lock, calls
 * sched_park and returns NAT_PARK. Whoever completes the operation — a
 * receiver taking its value, a sender handing one over, close — stores the
 * value in the waiter, never in the parked goroutine's stack (which may be
 * shrunk while it waits), and readies it. When the goroutine runs again it
 * finishes the operation itself before its next instruction (chan_resume):
 * copies the value into its registers, takes itself off the other channels
 * of a select, or panics if a send was woken by close. That is the code
 * after gopark in Go's chansend, chanrecv and selectgo.
 */
#ifndef MINIGO_CHAN_H
#define MINIGO_CHAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "vm.h"

/* Hchan, SelCase and CHAN_NO_SLOT are vm.h's (the VM builds select cases). */

/* The largest buffer make(chan T, n) accepts; beyond it Go panics with
 * "makechan: size out of range". */
#define CHAN_MAX_SIZE ((int64_t)1 << 40)

/* make(chan T, size). agg_slots is the size in slots of T when T is an
 * aggregate (a received zero value is then a fresh zeroed block), or -1
 * when it is not; has_pointers
 * says whether T's values hold pointers (the buffer is then scanned by the
 * collector). Returns NULL when size is negative or above CHAN_MAX_SIZE. */
Hchan *chan_make(int64_t size, int32_t agg_slots, bool has_pointers);

/* len(c) and cap(c); 0 for a nil channel. len reads without the lock, as
 * Go's chanlen does. */
int64_t chan_len(const Hchan *c);
int64_t chan_cap(const Hchan *c);
/* c is a timer's channel: it holds at most the one due value, but len and
 * cap report 0, as Go 1.23's synchronous timer channels do. */
void chan_mark_timer(Hchan *c);

/* ---- operations of a running goroutine g (vm.c) ----
 * Each returns NAT_OK when done, NAT_PANIC with g's panic set (send on
 * closed channel, close of nil or closed channel), or NAT_PARK when g has
 * been parked with sched_park: the caller returns VM_PARK with g's pc after
 * the instruction, and chan_resume finishes the operation when g runs next.
 * Slots are indexes in g->stack (never pointers into it). */

/* c <- v. A nil c blocks forever ("chan send (nil chan)"). */
NatStatus chan_send(G *g, Hchan *c, Value v);
/* v := <-c into g->stack[slot], and ok into g->stack[ok_slot] unless
 * ok_slot is CHAN_NO_SLOT. A nil c blocks forever. */
NatStatus chan_recv(G *g, Hchan *c, size_t slot, size_t ok_slot);
/* close(c) */
NatStatus chan_close(G *g, Hchan *c);


/* select over cases[0..ncases) (ncases <= 65536); with block false there is
 * a default case. The chosen case's index, or -1 for default, goes into
 * g->stack[index_slot]; a receive case fills its slot and ok_slot. With no
 * case on a non-nil channel and block true, g waits forever ("select", or
 * "select (no cases)" when ncases is 0, Go's `select {}`). */
NatStatus chan_select(G *g, SelCase *cases, int ncases, bool block, size_t index_slot);

/* Finishes the channel operation g was parked in, when g runs again. Call it
 * before g's next instruction whenever g->waiting is set (vm_execute).
 * Returns NAT_OK, or NAT_PANIC (a blocked send on a channel that was
 * closed: "send on closed channel"). */
NatStatus chan_resume(G *g);

/* close as a function value: `defer close(c)`, `go close(c)` */
extern const NativeDesc builtin_close;

/* ---- non-blocking operations for C code (timers, natives) ----
 * They need no goroutine and never panic or park; a goroutine they wake is
 * readied with sched_ready, so call them from a native or a timer callback
 * (a thread holding a P). */

/* Sends v if a receiver waits or the buffer has room; false if the send
 * would block, or c is nil or closed. */
bool chan_try_send(Hchan *c, Value v);
/* Receives into *v (and *ok: false when c is closed and drained, *v then
 * the zero value) if a value or a close is there to take; false if the
 * receive would block or c is nil. ok may be NULL. */
bool chan_try_recv(Hchan *c, Value *v, bool *ok);
/* close(c) without a panic: 0 closed it, 1 it was already closed, 2 c is nil. */
int chan_close_raw(Hchan *c);

#endif
