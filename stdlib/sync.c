/* sync.c — package sync, written in Go on top of sync/atomic and a few
 * natives, following the design of Go's own sync package.
 *
 * Mutex is a state word and a semaphore (Go's internal/sync/mutex.go): a
 * CAS takes a free lock; otherwise a goroutine spins a little while the
 * holder runs on another thread, then queues on the semaphore (FIFO; a
 * woken waiter that loses the race goes back to the front). A waiter that
 * has waited over 1 ms switches the mutex to starvation mode, where Unlock
 * hands the lock straight to the first waiter and newcomers queue behind.
 * RWMutex, WaitGroup, Once, Cond, Map, Pool and OnceFunc are built from
 * Mutex, atomics and semaphores in the same way as Go's. The structs have
 * Go's fields, so that %v prints them as Go does.
 *
 * The natives: semaphores and notify lists (sched/sema.c), the spinning
 * policy, the clock, and sync's fatal errors (not recoverable, exit 2).
 */
#include <gc.h>
#include <stdatomic.h>
#include <string.h>
#include "natives.h"
#include "scheduler.h"
#include "sema.h"
#include "map.h"

/* Wait reasons, indexed by the reason argument of semacquire_ (Go 1.26's
 * runtime2.go waitReasonStrings). */
static const char *const wait_reasons[] = {
    "semacquire",
    "sync.Mutex.Lock",
    "sync.RWMutex.RLock",
    "sync.RWMutex.Lock",
    "sync.WaitGroup.Wait",
};

static bool nil_addr(G *g, const void *p, NatStatus *st) {
    if (p) return false;
    *st = vm_runtime_error(g, "invalid memory address or nil pointer dereference");
    return true;
}

/* func semacquire_(addr *uint32, lifo bool, reason int) bool: true when
 * the semaphore was taken; false when g was woken without it (try again). */
static NatStatus sync_semacquire(G *g, Value *args) {
    Value *addr = args[0].p;
    bool lifo = args[1].i != 0;
    int64_t r = args[2].i;
    NatStatus st;
    if (nil_addr(g, addr, &st)) return st;
    const char *reason = wait_reasons[r >= 0 && r < 5 ? r : 0];
    if (semacquire(g, addr, lifo, reason, (size_t)(args - g->stack))) {
        args[0].i = 1;
        return NAT_OK;
    }
    return NAT_PARK;
}

/* func runtime_Semrelease(addr *uint32, handoff bool) */
static NatStatus sync_semrelease(G *g, Value *args) {
    Value *addr = args[0].p;
    NatStatus st;
    if (nil_addr(g, addr, &st)) return st;
    if (semrelease(addr, args[1].i != 0))
        return sched_gosched(g);   /* let the waiter we handed to run now */
    return NAT_OK;
}

/* func runtime_canSpin(iter int) bool: Go's sync_runtime_canSpin (see
 * sched_can_spin). */
static NatStatus sync_can_spin(G *g, Value *args) {
    (void)g;
    args[0].i = sched_can_spin(args[0].i);
    return NAT_OK;
}

/* func runtime_doSpin(): Go's procyield(30). */
static NatStatus sync_do_spin(G *g, Value *args) {
    (void)g;
    (void)args;
    for (int i = 0; i < 30; i++) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#elif defined(__aarch64__)
        __asm__ __volatile__("yield");
#endif
    }
    return NAT_OK;
}

/* func runtime_nanotime() int64 */
static NatStatus sync_nanotime(G *g, Value *args) {
    (void)g;
    args[0].i = sched_nanotime();
    return NAT_OK;
}

/* func fatal(s string): "fatal error: s", the goroutine's trace, exit 2 */
static NatStatus sync_fatal(G *g, Value *args) {
    GoString *s = args[0].s;
    char *msg = GC_MALLOC_ATOMIC((size_t)str_len(s) + 1);
    memcpy(msg, str_data(s), (size_t)str_len(s));
    msg[str_len(s)] = 0;
    vm_fatal_error(g, msg);
}

/* func hashable_(key any): a key Map cannot hash panics as Go's does,
 * whether or not the map is empty */
static NatStatus sync_hashable(G *g, Value *args) {
    const RType *bad = map_key_unhashable(rtype_any, args[0]);
    if (bad) return vm_unhashable_error(g, bad, false);
    return NAT_OK;
}

/* func runtime_notifyListAdd(l *notifyList) uint32 */
static NatStatus sync_notify_add(G *g, Value *args) {
    NatStatus st;
    if (nil_addr(g, args[0].p, &st)) return st;
    args[0].u = notifylist_add(args[0].p);
    return NAT_OK;
}

/* func runtime_notifyListWait(l *notifyList, t uint32) */
static NatStatus sync_notify_wait(G *g, Value *args) {
    NatStatus st;
    if (nil_addr(g, args[0].p, &st)) return st;
    return notifylist_wait(g, args[0].p, (uint32_t)args[1].u) ? NAT_OK : NAT_PARK;
}

/* func runtime_notifyListNotifyOne(l *notifyList) */
static NatStatus sync_notify_one(G *g, Value *args) {
    NatStatus st;
    if (nil_addr(g, args[0].p, &st)) return st;
    notifylist_notify_one(args[0].p);
    return NAT_OK;
}

/* func runtime_notifyListNotifyAll(l *notifyList) */
static NatStatus sync_notify_all(G *g, Value *args) {
    NatStatus st;
    if (nil_addr(g, args[0].p, &st)) return st;
    notifylist_notify_all(args[0].p);
    return NAT_OK;
}

/* func checkCopy_(c *copyChecker): Go's copyChecker.check. The first use
 * records the checker's own address in it; a Cond copied after that holds
 * an address that is not its own. */
static NatStatus sync_check_copy(G *g, Value *args) {
    Value *c = args[0].p;
    NatStatus st;
    if (nil_addr(g, c, &st)) return st;
    uint64_t self = (uint64_t)(uintptr_t)c;
    uint64_t cur = __atomic_load_n(&c->u, __ATOMIC_RELAXED);
    if (cur == self) return NAT_OK;
    uint64_t zero = 0;
    if (cur == 0 && __atomic_compare_exchange_n(&c->u, &zero, self, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
        return NAT_OK;
    if (__atomic_load_n(&c->u, __ATOMIC_RELAXED) == self) return NAT_OK;
    return vm_panic_msg(g, "sync.Cond is copied");
}

const NativeDesc sync_natives[] = {
    { "sync", "semacquire_", sync_semacquire },
    { "sync", "runtime_Semrelease", sync_semrelease },
    { "sync", "runtime_canSpin", sync_can_spin },
    { "sync", "runtime_doSpin", sync_do_spin },
    { "sync", "runtime_nanotime", sync_nanotime },
    { "sync", "fatal", sync_fatal },
    { "sync", "runtime_notifyListAdd", sync_notify_add },
    { "sync", "runtime_notifyListWait", sync_notify_wait },
    { "sync", "runtime_notifyListNotifyOne", sync_notify_one },
    { "sync", "runtime_notifyListNotifyAll", sync_notify_all },
    { "sync", "checkCopy_", sync_check_copy },
    { "sync", "hashable_", sync_hashable },
    { NULL, NULL, NULL },
};
