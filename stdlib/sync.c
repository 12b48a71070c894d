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
#include "types.h"

/* The package source is one long literal. */
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Woverlength-strings"
#endif

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
    const Type *bad = map_key_unhashable(ty_any, args[0]);
    if (bad) return vm_runtime_error(g, "hash of unhashable type %s", type_string_rt(bad));
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
    { "sync", "semacquire_", sync_semacquire, NULL },
    { "sync", "runtime_Semrelease", sync_semrelease, NULL },
    { "sync", "runtime_canSpin", sync_can_spin, NULL },
    { "sync", "runtime_doSpin", sync_do_spin, NULL },
    { "sync", "runtime_nanotime", sync_nanotime, NULL },
    { "sync", "fatal", sync_fatal, NULL },
    { "sync", "runtime_notifyListAdd", sync_notify_add, NULL },
    { "sync", "runtime_notifyListWait", sync_notify_wait, NULL },
    { "sync", "runtime_notifyListNotifyOne", sync_notify_one, NULL },
    { "sync", "runtime_notifyListNotifyAll", sync_notify_all, NULL },
    { "sync", "checkCopy_", sync_check_copy, NULL },
    { "sync", "hashable_", sync_hashable, NULL },
    { NULL, NULL, NULL, NULL },
};

const char sync_src[] =
    "package sync\n"
    "\n"
    "import \"sync/atomic\"\n"
    "\n"
    "func semacquire_(addr *uint32, lifo bool, reason int) bool\n"
    "func runtime_Semrelease(addr *uint32, handoff bool)\n"
    "func runtime_canSpin(iter int) bool\n"
    "func runtime_doSpin()\n"
    "func runtime_nanotime() int64\n"
    "func fatal(s string)\n"
    "func runtime_notifyListAdd(l *notifyList) uint32\n"
    "func runtime_notifyListWait(l *notifyList, t uint32)\n"
    "func runtime_notifyListNotifyOne(l *notifyList)\n"
    "func runtime_notifyListNotifyAll(l *notifyList)\n"
    "func checkCopy_(c *copyChecker)\n"
    "func hashable_(key any)\n"
    "\n"
    "// Wait reasons of semacquire, as Go's traces show them.\n"
    "const (\n"
    "\treasonSemacquire = iota\n"
    "\treasonMutexLock\n"
    "\treasonRWMutexRLock\n"
    "\treasonRWMutexLock\n"
    "\treasonWaitGroupWait\n"
    ")\n"
    "\n"
    "// The semaphore waits of Go's sync package: each waits until *addr > 0,\n"
    "// then takes one from it. They differ in the wait reason traces show.\n"
    "func runtime_SemacquireMutex(addr *uint32, lifo bool) {\n"
    "\tfor !semacquire_(addr, lifo, reasonMutexLock) {\n"
    "\t}\n"
    "}\n"
    "\n"
    "func runtime_SemacquireRWMutexR(addr *uint32) {\n"
    "\tfor !semacquire_(addr, false, reasonRWMutexRLock) {\n"
    "\t}\n"
    "}\n"
    "\n"
    "func runtime_SemacquireRWMutex(addr *uint32) {\n"
    "\tfor !semacquire_(addr, false, reasonRWMutexLock) {\n"
    "\t}\n"
    "}\n"
    "\n"
    "func runtime_SemacquireWaitGroup(addr *uint32) {\n"
    "\tfor !semacquire_(addr, false, reasonWaitGroupWait) {\n"
    "\t}\n"
    "}\n"
    "\n"
    "type noCopy struct{}\n"
    "\n"
    "// A Locker represents an object that can be locked and unlocked.\n"
    "type Locker interface {\n"
    "\tLock()\n"
    "\tUnlock()\n"
    "}\n"
    "\n"
    "// ---- Mutex ----\n"
    "\n"
    "type Mutex struct {\n"
    "\t_  noCopy\n"
    "\tmu mutex\n"
    "}\n"
    "\n"
    "// mutex is the lock itself. state: bit 0 locked, bit 1 a waiter is\n"
    "// awake (Unlock need not wake another), bit 2 starvation mode, the rest\n"
    "// the number of goroutines queued on sema.\n"
    "type mutex struct {\n"
    "\tstate int32\n"
    "\tsema  uint32\n"
    "}\n"
    "\n"
    "const (\n"
    "\tmutexLocked = 1 << iota\n"
    "\tmutexWoken\n"
    "\tmutexStarving\n"
    "\tmutexWaiterShift = iota\n"
    "\n"
    "\t// A waiter that has waited this long (1 ms) starts starvation mode.\n"
    "\tstarvationThresholdNs = 1000000\n"
    ")\n"
    "\n"
    "func (m *Mutex) Lock() {\n"
    "\tif atomic.CompareAndSwapInt32(&m.mu.state, 0, mutexLocked) {\n"
    "\t\treturn\n"
    "\t}\n"
    "\tm.mu.lockSlow()\n"
    "}\n"
    "\n"
    "func (m *Mutex) TryLock() bool {\n"
    "\told := atomic.LoadInt32(&m.mu.state)\n"
    "\tif old&(mutexLocked|mutexStarving) != 0 {\n"
    "\t\treturn false\n"
    "\t}\n"
    "\treturn atomic.CompareAndSwapInt32(&m.mu.state, old, old|mutexLocked)\n"
    "}\n"
    "\n"
    "func (m *mutex) lockSlow() {\n"
    "\tvar waitStart int64\n"
    "\tstarving := false\n"
    "\tawoke := false\n"
    "\titer := 0\n"
    "\told := atomic.LoadInt32(&m.state)\n"
    "\tfor {\n"
    "\t\t// Held in normal mode: spin a little, the holder may let go soon.\n"
    "\t\t// Setting mutexWoken tells Unlock not to wake a sleeper meanwhile.\n"
    "\t\tif old&(mutexLocked|mutexStarving) == mutexLocked && runtime_canSpin(iter) {\n"
    "\t\t\tif !awoke && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&\n"
    "\t\t\t\tatomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {\n"
    "\t\t\t\tawoke = true\n"
    "\t\t\t}\n"
    "\t\t\truntime_doSpin()\n"
    "\t\t\titer++\n"
    "\t\t\told = atomic.LoadInt32(&m.state)\n"
    "\t\t\tcontinue\n"
    "\t\t}\n"
    "\t\tnext := old\n"
    "\t\t// A starving mutex belongs to its waiters: newcomers queue.\n"
    "\t\tif old&mutexStarving == 0 {\n"
    "\t\t\tnext |= mutexLocked\n"
    "\t\t}\n"
    "\t\tif old&(mutexLocked|mutexStarving) != 0 {\n"
    "\t\t\tnext += 1 << mutexWaiterShift\n"
    "\t\t}\n"
    "\t\t// Only a held mutex can starve its waiters.\n"
    "\t\tif starving && old&mutexLocked != 0 {\n"
    "\t\t\tnext |= mutexStarving\n"
    "\t\t}\n"
    "\t\tif awoke {\n"
    "\t\t\tif next&mutexWoken == 0 {\n"
    "\t\t\t\tfatal(\"sync: inconsistent mutex state\")\n"
    "\t\t\t}\n"
    "\t\t\tnext &^= mutexWoken\n"
    "\t\t}\n"
    "\t\tif !atomic.CompareAndSwapInt32(&m.state, old, next) {\n"
    "\t\t\told = atomic.LoadInt32(&m.state)\n"
    "\t\t\tcontinue\n"
    "\t\t}\n"
    "\t\tif old&(mutexLocked|mutexStarving) == 0 {\n"
    "\t\t\treturn // taken by the CAS\n"
    "\t\t}\n"
    "\t\t// Queue: at the back the first time, at the front when woken\n"
    "\t\t// and beaten to the lock.\n"
    "\t\tlifo := waitStart != 0\n"
    "\t\tif waitStart == 0 {\n"
    "\t\t\twaitStart = runtime_nanotime()\n"
    "\t\t}\n"
    "\t\truntime_SemacquireMutex(&m.sema, lifo)\n"
    "\t\tstarving = starving || runtime_nanotime()-waitStart > starvationThresholdNs\n"
    "\t\told = atomic.LoadInt32(&m.state)\n"
    "\t\tif old&mutexStarving != 0 {\n"
    "\t\t\t// Handed to us: the lock is ours; fix the state up.\n"
    "\t\t\tif old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {\n"
    "\t\t\t\tfatal(\"sync: inconsistent mutex state\")\n"
    "\t\t\t}\n"
    "\t\t\tdelta := int32(mutexLocked - 1<<mutexWaiterShift)\n"
    "\t\t\tif !starving || old>>mutexWaiterShift == 1 {\n"
    "\t\t\t\t// Leave starvation mode when we waited briefly or are the last.\n"
    "\t\t\t\tdelta -= mutexStarving\n"
    "\t\t\t}\n"
    "\t\t\tatomic.AddInt32(&m.state, delta)\n"
    "\t\t\treturn\n"
    "\t\t}\n"
    "\t\tawoke = true\n"
    "\t\titer = 0\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (m *Mutex) Unlock() {\n"
    "\tif next := atomic.AddInt32(&m.mu.state, -mutexLocked); next != 0 {\n"
    "\t\tm.mu.unlockSlow(next)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (m *mutex) unlockSlow(next int32) {\n"
    "\tif (next+mutexLocked)&mutexLocked == 0 {\n"
    "\t\tfatal(\"sync: unlock of unlocked mutex\")\n"
    "\t}\n"
    "\tif next&mutexStarving != 0 {\n"
    "\t\t// Hand the lock to the first waiter, and let it run now.\n"
    "\t\truntime_Semrelease(&m.sema, true)\n"
    "\t\treturn\n"
    "\t}\n"
    "\told := next\n"
    "\tfor {\n"
    "\t\t// Nobody to wake, or someone already locked it, is awake, or the\n"
    "\t\t// mutex went into starvation mode (then the lock is handed over).\n"
    "\t\tif old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {\n"
    "\t\t\treturn\n"
    "\t\t}\n"
    "\t\tnext = (old - 1<<mutexWaiterShift) | mutexWoken\n"
    "\t\tif atomic.CompareAndSwapInt32(&m.state, old, next) {\n"
    "\t\t\truntime_Semrelease(&m.sema, false)\n"
    "\t\t\treturn\n"
    "\t\t}\n"
    "\t\told = atomic.LoadInt32(&m.state)\n"
    "\t}\n"
    "}\n"
    "\n"
    "// ---- RWMutex ----\n"
    "\n"
    "type RWMutex struct {\n"
    "\tw           Mutex        // held by the writer, and by a writer waiting for readers\n"
    "\twriterSem   uint32       // the writer waits here for the readers before it to leave\n"
    "\treaderSem   uint32       // readers wait here for the writer to leave\n"
    "\treaderCount atomic.Int32 // readers in or waiting; minus rwmutexMaxReaders while a writer is\n"
    "\treaderWait  atomic.Int32 // readers the waiting writer still waits for\n"
    "}\n"
    "\n"
    "const rwmutexMaxReaders = 1 << 30\n"
    "\n"
    "func (rw *RWMutex) RLock() {\n"
    "\tif rw.readerCount.Add(1) < 0 {\n"
    "\t\truntime_SemacquireRWMutexR(&rw.readerSem)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (rw *RWMutex) TryRLock() bool {\n"
    "\tfor {\n"
    "\t\tc := rw.readerCount.Load()\n"
    "\t\tif c < 0 {\n"
    "\t\t\treturn false\n"
    "\t\t}\n"
    "\t\tif rw.readerCount.CompareAndSwap(c, c+1) {\n"
    "\t\t\treturn true\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (rw *RWMutex) RUnlock() {\n"
    "\tif r := rw.readerCount.Add(-1); r < 0 {\n"
    "\t\trw.rUnlockSlow(r)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (rw *RWMutex) rUnlockSlow(r int32) {\n"
    "\tif r+1 == 0 || r+1 == -rwmutexMaxReaders {\n"
    "\t\tfatal(\"sync: RUnlock of unlocked RWMutex\")\n"
    "\t}\n"
    "\t// A writer is waiting: the last reader it waits for wakes it.\n"
    "\tif rw.readerWait.Add(-1) == 0 {\n"
    "\t\truntime_Semrelease(&rw.writerSem, false)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (rw *RWMutex) Lock() {\n"
    "\trw.w.Lock()\n"
    "\t// Announce the writer; r readers are still inside.\n"
    "\tr := rw.readerCount.Add(-rwmutexMaxReaders) + rwmutexMaxReaders\n"
    "\tif r != 0 && rw.readerWait.Add(r) != 0 {\n"
    "\t\truntime_SemacquireRWMutex(&rw.writerSem)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (rw *RWMutex) TryLock() bool {\n"
    "\tif !rw.w.TryLock() {\n"
    "\t\treturn false\n"
    "\t}\n"
    "\tif !rw.readerCount.CompareAndSwap(0, -rwmutexMaxReaders) {\n"
    "\t\trw.w.Unlock()\n"
    "\t\treturn false\n"
    "\t}\n"
    "\treturn true\n"
    "}\n"
    "\n"
    "func (rw *RWMutex) Unlock() {\n"
    "\t// Let the readers in; r of them are waiting.\n"
    "\tr := rw.readerCount.Add(rwmutexMaxReaders)\n"
    "\tif r >= rwmutexMaxReaders {\n"
    "\t\tfatal(\"sync: Unlock of unlocked RWMutex\")\n"
    "\t}\n"
    "\tfor i := 0; i < int(r); i++ {\n"
    "\t\truntime_Semrelease(&rw.readerSem, false)\n"
    "\t}\n"
    "\trw.w.Unlock()\n"
    "}\n"
    "\n"
    "// RLocker returns a Locker whose Lock and Unlock are rw's RLock and\n"
    "// RUnlock: rw itself, seen as an *rlocker.\n"
    "func (rw *RWMutex) RLocker() Locker {\n"
    "\treturn (*rlocker)(rw)\n"
    "}\n"
    "\n"
    "type rlocker RWMutex\n"
    "\n"
    "func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }\n"
    "func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }\n"
    "\n"
    "// ---- WaitGroup ----\n"
    "\n"
    "// state: the counter in the high 32 bits, the number of waiters in\n"
    "// the low 31 (bit 31 is Go's synctest flag, unused here).\n"
    "type WaitGroup struct {\n"
    "\tnoCopy noCopy\n"
    "\tstate  atomic.Uint64\n"
    "\tsema   uint32\n"
    "}\n"
    "\n"
    "func (wg *WaitGroup) Add(delta int) {\n"
    "\tstate := wg.state.Add(uint64(delta) << 32)\n"
    "\tv := int32(state >> 32)\n"
    "\tw := uint32(state & 0x7fffffff)\n"
    "\tif v < 0 {\n"
    "\t\tpanic(\"sync: negative WaitGroup counter\")\n"
    "\t}\n"
    "\tif w != 0 && delta > 0 && v == int32(delta) {\n"
    "\t\tpanic(\"sync: WaitGroup misuse: Add called concurrently with Wait\")\n"
    "\t}\n"
    "\tif v > 0 || w == 0 {\n"
    "\t\treturn\n"
    "\t}\n"
    "\t// The counter is zero and w goroutines wait: nothing else may touch\n"
    "\t// the state now. Reset it and wake them all.\n"
    "\tif wg.state.Load() != state {\n"
    "\t\tpanic(\"sync: WaitGroup misuse: Add called concurrently with Wait\")\n"
    "\t}\n"
    "\twg.state.Store(0)\n"
    "\tfor ; w != 0; w-- {\n"
    "\t\truntime_Semrelease(&wg.sema, false)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (wg *WaitGroup) Done() {\n"
    "\twg.Add(-1)\n"
    "}\n"
    "\n"
    "func (wg *WaitGroup) Wait() {\n"
    "\tfor {\n"
    "\t\tstate := wg.state.Load()\n"
    "\t\tif int32(state>>32) == 0 {\n"
    "\t\t\treturn\n"
    "\t\t}\n"
    "\t\tif wg.state.CompareAndSwap(state, state+1) {\n"
    "\t\t\truntime_SemacquireWaitGroup(&wg.sema)\n"
    "\t\t\tif wg.state.Load() != 0 {\n"
    "\t\t\t\tpanic(\"sync: WaitGroup is reused before previous Wait has returned\")\n"
    "\t\t\t}\n"
    "\t\t\treturn\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "\n"
    "// Go runs f in a new goroutine counted by wg (Go 1.25).\n"
    "func (wg *WaitGroup) Go(f func()) {\n"
    "\twg.Add(1)\n"
    "\tgo func() {\n"
    "\t\tdefer func() {\n"
    "\t\t\t// A panic in f ends the program; do not let Wait return first.\n"
    "\t\t\tif x := recover(); x != nil {\n"
    "\t\t\t\tpanic(x)\n"
    "\t\t\t}\n"
    "\t\t\twg.Done()\n"
    "\t\t}()\n"
    "\t\tf()\n"
    "\t}()\n"
    "}\n"
    "\n"
    "// ---- Once, OnceFunc ----\n"
    "\n"
    "type Once struct {\n"
    "\t_    noCopy\n"
    "\tdone atomic.Bool\n"
    "\tm    Mutex\n"
    "}\n"
    "\n"
    "func (o *Once) Do(f func()) {\n"
    "\tif !o.done.Load() {\n"
    "\t\to.doSlow(f)\n"
    "\t}\n"
    "}\n"
    "\n"
    "func (o *Once) doSlow(f func()) {\n"
    "\to.m.Lock()\n"
    "\tdefer o.m.Unlock()\n"
    "\tif !o.done.Load() {\n"
    "\t\t// Done even when f panics: Do never calls f again.\n"
    "\t\tdefer o.done.Store(true)\n"
    "\t\tf()\n"
    "\t}\n"
    "}\n"
    "\n"
    "// OnceFunc returns a function that calls f once; if f panicked, every\n"
    "// call panics with the same value.\n"
    "func OnceFunc(f func()) func() {\n"
    "\tvar once Once\n"
    "\tvalid := false\n"
    "\tvar p any\n"
    "\treturn func() {\n"
    "\t\tonce.Do(func() {\n"
    "\t\t\tdefer func() {\n"
    "\t\t\t\tf = nil\n"
    "\t\t\t\tp = recover()\n"
    "\t\t\t\tif !valid {\n"
    "\t\t\t\t\tpanic(p)\n"
    "\t\t\t\t}\n"
    "\t\t\t}()\n"
    "\t\t\tf()\n"
    "\t\t\tvalid = true\n"
    "\t\t})\n"
    "\t\tif !valid {\n"
    "\t\t\tpanic(p)\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "\n"
    "// ---- Cond ----\n"
    "\n"
    "// notifyList: tickets handed out to waiters, and the next ticket to\n"
    "// wake; the waiters themselves are queued by the runtime (sema.c).\n"
    "type notifyList struct {\n"
    "\twait   uint32\n"
    "\tnotify uint32\n"
    "}\n"
    "\n"
    "// copyChecker holds its own address once used: a copy does not.\n"
    "type copyChecker uintptr\n"
    "\n"
    "type Cond struct {\n"
    "\tnoCopy  noCopy\n"
    "\tL       Locker\n"
    "\tnotify  notifyList\n"
    "\tchecker copyChecker\n"
    "}\n"
    "\n"
    "func NewCond(l Locker) *Cond {\n"
    "\treturn &Cond{L: l}\n"
    "}\n"
    "\n"
    "func (c *Cond) Wait() {\n"
    "\tcheckCopy_(&c.checker)\n"
    "\tt := runtime_notifyListAdd(&c.notify)\n"
    "\tc.L.Unlock()\n"
    "\truntime_notifyListWait(&c.notify, t)\n"
    "\tc.L.Lock()\n"
    "}\n"
    "\n"
    "func (c *Cond) Signal() {\n"
    "\tcheckCopy_(&c.checker)\n"
    "\truntime_notifyListNotifyOne(&c.notify)\n"
    "}\n"
    "\n"
    "func (c *Cond) Broadcast() {\n"
    "\tcheckCopy_(&c.checker)\n"
    "\truntime_notifyListNotifyAll(&c.notify)\n"
    "}\n"
    "\n"
    "// ---- Map ----\n"
    "\n"
    "// Map is a map[any]any behind a mutex. Go's is a concurrent hash trie;\n"
    "// the behaviour is the same, the scaling is not.\n"
    "type Map struct {\n"
    "\tmu Mutex\n"
    "\tm  map[any]any\n"
    "}\n"
    "\n"
    "func (m *Map) Load(key any) (value any, ok bool) {\n"
    "\thashable_(key)\n"
    "\tm.mu.Lock()\n"
    "\tdefer m.mu.Unlock()\n"
    "\tvalue, ok = m.m[key]\n"
    "\treturn\n"
    "}\n"
    "\n"
    "func (m *Map) Store(key, value any) {\n"
    "\tm.Swap(key, value)\n"
    "}\n"
    "\n"
    "func (m *Map) Clear() {\n"
    "\tm.mu.Lock()\n"
    "\tm.m = nil\n"
    "\tm.mu.Unlock()\n"
    "}\n"
    "\n"
    "func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {\n"
    "\thashable_(key)\n"
    "\tm.mu.Lock()\n"
    "\tdefer m.mu.Unlock()\n"
    "\tif v, ok := m.m[key]; ok {\n"
    "\t\treturn v, true\n"
    "\t}\n"
    "\tif m.m == nil {\n"
    "\t\tm.m = make(map[any]any)\n"
    "\t}\n"
    "\tm.m[key] = value\n"
    "\treturn value, false\n"
    "}\n"
    "\n"
    "func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {\n"
    "\thashable_(key)\n"
    "\tm.mu.Lock()\n"
    "\tdefer m.mu.Unlock()\n"
    "\tvalue, loaded = m.m[key]\n"
    "\tif loaded {\n"
    "\t\tdelete(m.m, key)\n"
    "\t}\n"
    "\treturn\n"
    "}\n"
    "\n"
    "func (m *Map) Delete(key any) {\n"
    "\tm.LoadAndDelete(key)\n"
    "}\n"
    "\n"
    "func (m *Map) Swap(key, value any) (previous any, loaded bool) {\n"
    "\thashable_(key)\n"
    "\tm.mu.Lock()\n"
    "\tdefer m.mu.Unlock()\n"
    "\tprevious, loaded = m.m[key]\n"
    "\tif m.m == nil {\n"
    "\t\tm.m = make(map[any]any)\n"
    "\t}\n"
    "\tm.m[key] = value\n"
    "\treturn\n"
    "}\n"
    "\n"
    "func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {\n"
    "\thashable_(key)\n"
    "\tm.mu.Lock()\n"
    "\tdefer m.mu.Unlock()\n"
    "\tif v, ok := m.m[key]; !ok || v != old {\n"
    "\t\treturn false\n"
    "\t}\n"
    "\tm.m[key] = new\n"
    "\treturn true\n"
    "}\n"
    "\n"
    "func (m *Map) CompareAndDelete(key, old any) (deleted bool) {\n"
    "\thashable_(key)\n"
    "\tm.mu.Lock()\n"
    "\tdefer m.mu.Unlock()\n"
    "\tif v, ok := m.m[key]; !ok || v != old {\n"
    "\t\treturn false\n"
    "\t}\n"
    "\tdelete(m.m, key)\n"
    "\treturn true\n"
    "}\n"
    "\n"
    "// Range calls f on a snapshot, without the lock, so that f may use m.\n"
    "func (m *Map) Range(f func(key, value any) bool) {\n"
    "\tm.mu.Lock()\n"
    "\tkeys := make([]any, 0, len(m.m))\n"
    "\tvals := make([]any, 0, len(m.m))\n"
    "\tfor k, v := range m.m {\n"
    "\t\tkeys = append(keys, k)\n"
    "\t\tvals = append(vals, v)\n"
    "\t}\n"
    "\tm.mu.Unlock()\n"
    "\tfor i, k := range keys {\n"
    "\t\tif !f(k, vals[i]) {\n"
    "\t\t\treturn\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "\n"
    "// ---- Pool ----\n"
    "\n"
    "// Pool keeps what is Put in a stack behind a mutex; Get takes the most\n"
    "// recently put value, as Go's per-P private slot does. Unlike Go's, a\n"
    "// Pool is not emptied by garbage collections.\n"
    "type Pool struct {\n"
    "\tnoCopy noCopy\n"
    "\tmu     Mutex\n"
    "\titems  []any\n"
    "\tNew    func() any\n"
    "}\n"
    "\n"
    "func (p *Pool) Put(x any) {\n"
    "\tif x == nil {\n"
    "\t\treturn\n"
    "\t}\n"
    "\tp.mu.Lock()\n"
    "\tp.items = append(p.items, x)\n"
    "\tp.mu.Unlock()\n"
    "}\n"
    "\n"
    "func (p *Pool) Get() any {\n"
    "\tp.mu.Lock()\n"
    "\tif n := len(p.items); n > 0 {\n"
    "\t\tx := p.items[n-1]\n"
    "\t\tp.items[n-1] = nil\n"
    "\t\tp.items = p.items[:n-1]\n"
    "\t\tp.mu.Unlock()\n"
    "\t\treturn x\n"
    "\t}\n"
    "\tp.mu.Unlock()\n"
    "\tif p.New != nil {\n"
    "\t\treturn p.New()\n"
    "\t}\n"
    "\treturn nil\n"
    "}\n";
