/* sync.c — package sync: the natives under stdlib/go/sync/sync.go, which
 * follows the design of Go's own sync package.
 *
 * Mutex is a state word and a semaphore (Go's internal/sync/mutex.go): a
 * CAS takes a free lock; otherwise a goroutine spins a little while the
 * holder runs on another thread (sched_can_spin: Go's canSpin), then
 * queues on the semaphore (FIFO; a woken waiter that loses the race goes
 * back to the front). A waiter that has waited over 1 ms switches the
 * mutex to starvation mode, where Unlock hands the lock straight to the
 * first waiter, which runs next on the unlocking P (goyield), and
 * newcomers queue behind. Lock, Unlock and their slow paths are natives
 * here, as are RWMutex's reader count and writer announcement: in Go
 * they cost a few instructions, interpreted they cost more than the lock.
 * WaitGroup, Once, Cond, Map, Pool and OnceFunc are Go (sync.go), built
 * from Mutex, atomics and semaphores in the same way as Go's. The structs
 * have Go's fields, so that %v prints them as Go does.
 *
 * The other natives: semaphores and notify lists (sched/sema.c), and
 * sync's fatal errors (not recoverable, exit 2).
 */
#include <gc.h>
#include <stdatomic.h>
#include <string.h>
#include "natives.h"
#include "scheduler.h"
#include "sema.h"
#include "map.h"
#include "park.h"

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
        return sched_goyield(g);   /* let the waiter we handed to run now */
    return NAT_OK;
}

/* ---- Mutex ----
 *
 * Go's internal/sync/mutex.go, in C: an interpreted Lock that called a
 * CAS native, an interpreted spin loop of three natives per round and an
 * interpreted state machine cost more than the lock itself. The state
 * word is an int32 kept sign-extended in its 64-bit slot, so a 64-bit
 * XADD of a sign-extended delta is the int32 add (the waiter count cannot
 * reach 2^28). m points at sync.go's mutex: m[0] state, m[1] sema.
 */

enum { MUTEX_LOCKED = 1, MUTEX_WOKEN = 2, MUTEX_STARVING = 4, MUTEX_WAITER_SHIFT = 3 };
#define STARVATION_THRESHOLD_NS 1000000   /* Go's starvationThresholdNs: 1 ms */

static int32_t state_load(Value *m) { return (int32_t)__atomic_load_n(&m->i, __ATOMIC_SEQ_CST); }

static bool state_cas(Value *m, int32_t old, int32_t next) {
    int64_t o = old;
    return __atomic_compare_exchange_n(&m->i, &o, (int64_t)next, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
}

static int32_t state_add(Value *m, int32_t delta) {
    return (int32_t)__atomic_add_fetch(&m->i, (int64_t)delta, __ATOMIC_SEQ_CST);
}

/* One spin round: Go's procyield(30). It does not look at the lock
 * meanwhile: a load per pause (tried) keeps pulling the line away from
 * the holder, whose Unlock then waits for it, and measured slower. */
static void mutex_spin(void) {
    for (int i = 0; i < 30; i++) cpu_relax();
}

/* func lock_(m *mutex) bool: the fast path, CAS(state, 0, locked), and
 * the CAS of lockSlow when the lock is free; false: call lockSlow. */
static NatStatus sync_lock(G *g, Value *args) {
    Value *m = args[0].p;
    NatStatus st;
    if (nil_addr(g, m, &st)) return st;
    int64_t old = 0;
    if (__atomic_compare_exchange_n(&m->i, &old, MUTEX_LOCKED, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
        args[0].i = 1;
        return NAT_OK;
    }
    /* lockSlow's first rounds while the lock is free (waiters queued, or
     * one awake): take it with the state the failed CAS returned, rather
     * than calling lockSlow_ for a CAS it would do the same way. */
    while (!(old & (MUTEX_LOCKED | MUTEX_STARVING))) {
        if (__atomic_compare_exchange_n(&m->i, &old, old | MUTEX_LOCKED, false, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
            args[0].i = 1;
            return NAT_OK;
        }
    }
    args[0].i = 0;
    return NAT_OK;
}

/* lockSlow_'s flags: what Go's lockSlow keeps in locals across a wait. */
enum {
    LS_DONE = 1,       /* the lock is ours */
    LS_STARVING = 2,   /* Go's starving */
    LS_SEMA = 4,       /* parked in the semaphore wait (Go's SemacquireMutex) */
    LS_LIFO = 8,       /* that wait is at the front of the queue */
};

/* func lockSlow_(m *mutex, waitStart int64, flags int, got bool)
 *     (waitStart int64, flags int, got bool)
 * Go's lockSlow. The Go caller loops until flags has LS_DONE, passing the
 * results back in: when the semaphore wait parks g, the state is in the
 * results, and got is the slot semrelease sets when it hands the count to
 * g (starvation mode); a wakeup without it means "try the semaphore again". */
static NatStatus sync_lock_slow(G *g, Value *args) {
    Value *m = args[0].p, *sema = m + 1;
    int64_t wait_start = args[1].i;
    int64_t fl = args[2].i;
    bool got = args[3].i != 0;
    /* Go's awoke (we hold mutexWoken) needs no keeping: a wait ends with
     * the lock handed over, or with awoke set again. */
    bool starving = fl & LS_STARVING, awoke = false;
    size_t got_slot = (size_t)(args + 2 - g->stack);
    int iter = 0;
    int32_t old;
    if (fl & LS_SEMA) {
        if (!got && !semacquire(g, sema, fl & LS_LIFO, wait_reasons[1], got_slot)) goto park;
        goto acquired;
    }
    old = state_load(m);
    for (;;) {
        /* Held in normal mode: spin a little, the holder may let go soon.
         * Setting mutexWoken tells Unlock not to wake a sleeper meanwhile. */
        if ((old & (MUTEX_LOCKED | MUTEX_STARVING)) == MUTEX_LOCKED && sched_can_spin(iter)) {
            if (!awoke && !(old & MUTEX_WOKEN) && old >> MUTEX_WAITER_SHIFT != 0 &&
                state_cas(m, old, old | MUTEX_WOKEN))
                awoke = true;
            mutex_spin();
            iter++;
            old = state_load(m);
            continue;
        }
        int32_t next = old;
        /* A starving mutex belongs to its waiters: newcomers queue. */
        if (!(old & MUTEX_STARVING)) next |= MUTEX_LOCKED;
        if (old & (MUTEX_LOCKED | MUTEX_STARVING)) next += 1 << MUTEX_WAITER_SHIFT;
        /* Only a held mutex can starve its waiters. */
        if (starving && (old & MUTEX_LOCKED)) next |= MUTEX_STARVING;
        if (awoke) {
            if (!(next & MUTEX_WOKEN)) vm_fatal_error(g, "sync: inconsistent mutex state");
            next &= ~MUTEX_WOKEN;
        }
        if (!state_cas(m, old, next)) {
            old = state_load(m);
            continue;
        }
        if (!(old & (MUTEX_LOCKED | MUTEX_STARVING))) {
            args[1].i = LS_DONE;   /* taken by the CAS */
            return NAT_OK;
        }
        /* Queue: at the back the first time, at the front when woken and
         * beaten to the lock. */
        bool lifo = wait_start != 0;
        if (!wait_start) wait_start = sched_nanotime();
        fl = LS_SEMA | (lifo ? LS_LIFO : 0) | (starving ? LS_STARVING : 0);
        if (!semacquire(g, sema, lifo, wait_reasons[1], got_slot)) goto park;
    acquired:
        starving = starving || sched_nanotime() - wait_start > STARVATION_THRESHOLD_NS;
        old = state_load(m);
        if (old & MUTEX_STARVING) {
            /* Handed to us: the lock is ours; fix the state up. */
            if ((old & (MUTEX_LOCKED | MUTEX_WOKEN)) || old >> MUTEX_WAITER_SHIFT == 0)
                vm_fatal_error(g, "sync: inconsistent mutex state");
            int32_t delta = MUTEX_LOCKED - (1 << MUTEX_WAITER_SHIFT);
            /* Leave starvation mode when we waited briefly or are the last. */
            if (!starving || old >> MUTEX_WAITER_SHIFT == 1) delta -= MUTEX_STARVING;
            state_add(m, delta);
            args[1].i = LS_DONE;
            return NAT_OK;
        }
        awoke = true;
        iter = 0;
    }
park:
    /* g is queued: the results carry lockSlow's state to the next call;
     * got (args[2], semacquire's slot) is 0 until a handoff sets it. */
    args[0].i = wait_start;
    args[1].i = fl | (starving ? LS_STARVING : 0);
    return NAT_PARK;
}

/* Hands the semaphore to its first waiter (starvation mode) and, as Go's
 * semrelease does with goyield, lets that waiter run now on this P. */
static NatStatus release_handoff(G *g, Value *sema) {
    if (semrelease(sema, true)) return sched_goyield(g);
    return NAT_OK;
}

/* func unlock_(m *mutex): Go's Unlock and unlockSlow. */
static NatStatus sync_unlock(G *g, Value *args) {
    Value *m = args[0].p;
    NatStatus st;
    if (nil_addr(g, m, &st)) return st;
    int32_t next = state_add(m, -MUTEX_LOCKED);
    if (next == 0) return NAT_OK;
    if (!((next + MUTEX_LOCKED) & MUTEX_LOCKED)) vm_fatal_error(g, "sync: unlock of unlocked mutex");
    if (next & MUTEX_STARVING) return release_handoff(g, m + 1);
    int32_t old = next;
    for (;;) {
        /* Nobody to wake, or someone already locked it, is awake, or the
         * mutex went into starvation mode (then the lock is handed over). */
        if (old >> MUTEX_WAITER_SHIFT == 0 || (old & (MUTEX_LOCKED | MUTEX_WOKEN | MUTEX_STARVING)))
            return NAT_OK;
        next = (old - (1 << MUTEX_WAITER_SHIFT)) | MUTEX_WOKEN;
        if (state_cas(m, old, next)) {
            semrelease(m + 1, false);
            return NAT_OK;
        }
        old = state_load(m);
    }
}

/* ---- RWMutex ----
 *
 * Go's sync/rwmutex.go: readers only add to readerCount (one XADD each
 * way) unless a writer has announced itself by subtracting
 * rwmutexMaxReaders. rw points at sync.go's RWMutex; its slots (the
 * field order there, an empty struct taking one slot):
 *   w Mutex 0..2, writerSem 3, readerSem 4, readerCount 5..6 (atomic.Int32,
 *   its v at 6), readerWait 7..8 (v at 8).
 */

enum { RW_WRITER_SEM = 3, RW_READER_SEM = 4, RW_READER_COUNT = 6, RW_READER_WAIT = 8 };
#define RWMUTEX_MAX_READERS (1 << 30)

/* func rlock_(rw *RWMutex) bool: RLock's add; true when a writer is in or
 * waiting, and the reader must wait on readerSem. */
static NatStatus sync_rlock(G *g, Value *args) {
    Value *rw = args[0].p;
    NatStatus st;
    if (nil_addr(g, rw, &st)) return st;
    args[0].i = state_add(rw + RW_READER_COUNT, 1) < 0;
    return NAT_OK;
}

/* func runlock_(rw *RWMutex): RUnlock and rUnlockSlow. */
static NatStatus sync_runlock(G *g, Value *args) {
    Value *rw = args[0].p;
    NatStatus st;
    if (nil_addr(g, rw, &st)) return st;
    int32_t r = state_add(rw + RW_READER_COUNT, -1);
    if (r >= 0) return NAT_OK;
    if (r + 1 == 0 || r + 1 == -RWMUTEX_MAX_READERS) vm_fatal_error(g, "sync: RUnlock of unlocked RWMutex");
    /* A writer is waiting: the last reader it waits for wakes it. */
    if (state_add(rw + RW_READER_WAIT, -1) == 0) semrelease(rw + RW_WRITER_SEM, false);
    return NAT_OK;
}

/* func wlock_(rw *RWMutex) bool: Lock, once it holds w: announces the
 * writer; true when readers are still inside and it must wait on writerSem. */
static NatStatus sync_wlock(G *g, Value *args) {
    Value *rw = args[0].p;
    int32_t r = state_add(rw + RW_READER_COUNT, -RWMUTEX_MAX_READERS) + RWMUTEX_MAX_READERS;
    (void)g;
    args[0].i = r != 0 && state_add(rw + RW_READER_WAIT, r) != 0;
    return NAT_OK;
}

/* func wunlock_(rw *RWMutex): Unlock up to releasing w: lets the readers
 * in, waking the r that wait. */
static NatStatus sync_wunlock(G *g, Value *args) {
    Value *rw = args[0].p;
    NatStatus st;
    if (nil_addr(g, rw, &st)) return st;
    int32_t r = state_add(rw + RW_READER_COUNT, RWMUTEX_MAX_READERS);
    if (r >= RWMUTEX_MAX_READERS) vm_fatal_error(g, "sync: Unlock of unlocked RWMutex");
    for (int32_t i = 0; i < r; i++) semrelease(rw + RW_READER_SEM, false);
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
    { "sync", "wgAdd_", nat_atomic_add64 },
    { "sync", "wgLoad_", nat_atomic_load },
    { "sync", "wgStore_", nat_atomic_store },
    { "sync", "wgCompareAndSwap_", nat_atomic_cas },
    { "sync", "runtime_Semrelease", sync_semrelease },
    { "sync", "lock_", sync_lock },
    { "sync", "lockSlow_", sync_lock_slow },
    { "sync", "unlock_", sync_unlock },
    { "sync", "rlock_", sync_rlock },
    { "sync", "runlock_", sync_runlock },
    { "sync", "wlock_", sync_wlock },
    { "sync", "wunlock_", sync_wunlock },
    { "sync", "fatal", sync_fatal },
    { "sync", "runtime_notifyListAdd", sync_notify_add },
    { "sync", "runtime_notifyListWait", sync_notify_wait },
    { "sync", "runtime_notifyListNotifyOne", sync_notify_one },
    { "sync", "runtime_notifyListNotifyAll", sync_notify_all },
    { "sync", "checkCopy_", sync_check_copy },
    { "sync", "hashable_", sync_hashable },
    { NULL, NULL, NULL },
};
