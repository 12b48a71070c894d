/* coro.c — package internal/coro's natives: coroutines (Go's
 * runtime/coro.go). A coroutine is a G made by sched_newcoro, which waits
 * until something switches to it; the word Coro.g holds the G that the
 * next switch runs, and a switch exchanges it with the running G
 * atomically (Go's c.gp.cas), then hands the M over (sched_coroswitch):
 * the running G parks with the reason "coroutine" and the other runs on
 * the same M and P before anything else (DESIGN.md invariant 2 holds:
 * both are Gs with stacks of their own on the heap, no C stack is
 * switched). */
#include <stdint.h>
#include "natives.h"
#include "scheduler.h"

/* Swaps the G in the word at slot for next; returns the one it held. */
static G *exchange(Value *slot, G *next) {
    return (G *)(uintptr_t)__atomic_exchange_n(&slot->u, (uint64_t)(uintptr_t)next, __ATOMIC_ACQ_REL);
}

/* func spawn(f func(*Coro), c *Coro) uintptr */
static NatStatus coro_spawn(G *g, Value *args) {
    Closure *f = args[0].cl;
    G *cg = sched_newcoro(g, f, &args[1], 1);
    args[0].u = (uint64_t)(uintptr_t)cg;
    return NAT_OK;
}

/* func switch_(g *uintptr) */
static NatStatus coro_switch(G *g, Value *args) {
    G *next = exchange(args[0].p, g);
    if (!next) vm_fatal_error(g, "coroswitch on exited coro");
    if (next == g) vm_fatal_error(g, "coroswitch of a goroutine to itself");
    sched_coroswitch(g, next, false);
    return NAT_PARK;
}

/* func exit(g *uintptr): the coroutine's last act; its goroutine then ends */
static NatStatus coro_exit(G *g, Value *args) {
    G *next = exchange(args[0].p, NULL);
    if (!next) vm_fatal_error(g, "coroswitch on exited coro");
    sched_coroswitch(g, next, true);
    return NAT_OK;
}

const NativeDesc coro_natives[] = {
    { "coro", "spawn", coro_spawn },
    { "coro", "switch_", coro_switch },
    { "coro", "exit", coro_exit },
    { NULL, NULL, NULL },
};
