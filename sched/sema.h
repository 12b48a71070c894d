/* sema.h — semaphores and notify lists for package sync.
 *
 * Go's runtime/sema.go over the park/ready layer (scheduler.h). A
 * semaphore is a Go uint32 variable: one Value slot holding the count,
 * zero-extended. Goroutines that find the count at zero wait in a table of
 * buckets keyed by the slot's address, so a semaphore costs nothing while
 * nobody waits on it. A notify list (sync.Cond) is a Go struct of two
 * uint32 slots {wait, notify}: tickets handed out and tickets notified;
 * its waiters sit in the same table, keyed by the struct's address.
 *
 * Blocking calls follow scheduler.h: when they return false, g has been
 * queued and sched_park called, and the native must return NAT_PARK.
 */
#ifndef MINIGO_SEMA_H
#define MINIGO_SEMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "vm.h"

/* Go's semacquire1. Takes one from *addr if it is not zero and returns
 * true. Otherwise queues g (at the front when lifo, as a re-queued mutex
 * waiter does) and parks it with reason (Go's wait reason: "semacquire",
 * "sync.Mutex.Lock", ...), and returns false. g->stack[slot] is set to 0
 * now; semrelease with handoff sets it to 1 when it took the count on g's
 * behalf. When g runs again and g->stack[slot] is 0, it must call
 * semacquire again (the count may have been taken by someone else). */
bool semacquire(G *g, Value *addr, bool lifo, const char *reason, size_t slot);

/* Go's semrelease1: adds one to *addr and readies the first waiter on
 * addr, if any. With handoff, the count goes straight to that waiter
 * (starving sync.Mutex). Returns true when it handed the count over: the
 * caller should then yield so the waiter runs at once (Go's goyield). */
bool semrelease(Value *addr, bool handoff);

/* sync.Cond's runtime side (Go's notifyList*), on l[0] = wait, l[1] = notify. */
uint32_t notifylist_add(Value *l);
/* Returns true if ticket t has already been notified; otherwise parks g
 * with reason "sync.Cond.Wait" and returns false. */
bool notifylist_wait(G *g, Value *l, uint32_t t);
void notifylist_notify_one(Value *l);
void notifylist_notify_all(Value *l);

#endif
