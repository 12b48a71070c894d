// Package sync, on top of sync/atomic and a few natives (stdlib/sync.c),
// following the design of Go's own sync package. Mutex's and RWMutex's
// hot paths are natives; the rest is Go.
//
//minigo:natives
package sync

import "sync/atomic"

func semacquire_(addr *uint32, lifo bool, reason int) bool
func runtime_Semrelease(addr *uint32, handoff bool)
func fatal(s string)
func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyOne(l *notifyList)
func runtime_notifyListNotifyAll(l *notifyList)
func checkCopy_(c *copyChecker)
func hashable_(key any)

// Wait reasons of semacquire, as Go's traces show them.
const (
	reasonSemacquire = iota
	reasonMutexLock
	reasonRWMutexRLock
	reasonRWMutexLock
	reasonWaitGroupWait
)

// The semaphore waits of Go's sync package: each waits until *addr > 0,
// then takes one from it. They differ in the wait reason traces show.
func runtime_SemacquireMutex(addr *uint32, lifo bool) {
	for !semacquire_(addr, lifo, reasonMutexLock) {
	}
}

func runtime_SemacquireRWMutexR(addr *uint32) {
	for !semacquire_(addr, false, reasonRWMutexRLock) {
	}
}

func runtime_SemacquireRWMutex(addr *uint32) {
	for !semacquire_(addr, false, reasonRWMutexLock) {
	}
}

func runtime_SemacquireWaitGroup(addr *uint32) {
	for !semacquire_(addr, false, reasonWaitGroupWait) {
	}
}

type noCopy struct{}

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// ---- Mutex ----

type Mutex struct {
	_  noCopy
	mu mutex
}

// mutex is the lock itself. state: bit 0 locked, bit 1 a waiter is
// awake (Unlock need not wake another), bit 2 starvation mode, the rest
// the number of goroutines queued on sema. The natives below keep the
// same constants (stdlib/sync.c).
type mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota
)

// Lock, its slow path and Unlock are natives (stdlib/sync.c), Go's
// lockSlow and unlockSlow in C: the fast path is one call, and a spin
// round costs no interpreted instructions.
func lock_(m *mutex) bool
func lockSlow_(m *mutex, waitStart int64, flags int, got bool) (int64, int, bool)
func unlock_(m *mutex)

const lockDone = 1 // lockSlow_'s flags: the lock is ours

func (m *Mutex) Lock() {
	if !lock_(&m.mu) {
		m.mu.lockSlow()
	}
}

func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.mu.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.mu.state, old, old|mutexLocked)
}

// lockSlow: spin, queue on sema, and retry until the lock is ours. Each
// call of lockSlow_ returns when it has the lock or when it parked the
// goroutine; its state across the wait comes back in its results.
func (m *mutex) lockSlow() {
	var waitStart int64
	flags := 0
	got := false
	for flags&lockDone == 0 {
		waitStart, flags, got = lockSlow_(m, waitStart, flags, got)
	}
}

func (m *Mutex) Unlock() {
	unlock_(&m.mu)
}

// ---- RWMutex ----

// The natives (stdlib/sync.c) address RWMutex's fields by their slots:
// keep the field order and types.
type RWMutex struct {
	w           Mutex        // held by the writer, and by a writer waiting for readers
	writerSem   uint32       // the writer waits here for the readers before it to leave
	readerSem   uint32       // readers wait here for the writer to leave
	readerCount atomic.Int32 // readers in or waiting; minus rwmutexMaxReaders while a writer is
	readerWait  atomic.Int32 // readers the waiting writer still waits for
}

const rwmutexMaxReaders = 1 << 30

// RLock and RUnlock: one atomic add each (natives), unless a writer is
// in or waiting.
func rlock_(rw *RWMutex) bool
func runlock_(rw *RWMutex)

// Lock's and Unlock's reader accounting, around w.
func wlock_(rw *RWMutex) bool
func wunlock_(rw *RWMutex)

func (rw *RWMutex) RLock() {
	if rlock_(rw) {
		runtime_SemacquireRWMutexR(&rw.readerSem)
	}
}

func (rw *RWMutex) TryRLock() bool {
	for {
		c := rw.readerCount.Load()
		if c < 0 {
			return false
		}
		if rw.readerCount.CompareAndSwap(c, c+1) {
			return true
		}
	}
}

func (rw *RWMutex) RUnlock() {
	runlock_(rw)
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// Announce the writer, and wait for the readers still inside.
	if wlock_(rw) {
		runtime_SemacquireRWMutex(&rw.writerSem)
	}
}

func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.readerCount.CompareAndSwap(0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

func (rw *RWMutex) Unlock() {
	// Let the readers in, then other writers.
	wunlock_(rw)
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and
// RUnlock: rw itself, seen as an *rlocker.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// ---- WaitGroup ----

// state: the counter in the high 32 bits, the number of waiters in
// the low 31 (bit 31 is Go's synctest flag, unused here).
type WaitGroup struct {
	noCopy noCopy
	state  atomic.Uint64
	sema   uint32
}

// The operations on a WaitGroup's state: sync/atomic's natives bound to
// its atomic.Uint64 (stdlib/sync.c), one call each, where the methods
// would be a Go frame more per operation.
func wgAdd_(s *atomic.Uint64, delta uint64) uint64
func wgLoad_(s *atomic.Uint64) uint64
func wgStore_(s *atomic.Uint64, v uint64)
func wgCompareAndSwap_(s *atomic.Uint64, old, new uint64) bool

func (wg *WaitGroup) Add(delta int) {
	state := wgAdd_(&wg.state, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state & 0x7fffffff)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter is zero and w goroutines wait: nothing else may touch
	// the state now. Reset it and wake them all.
	if wgLoad_(&wg.state) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	wgStore_(&wg.state, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema, false)
	}
}

func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

func (wg *WaitGroup) Wait() {
	for {
		state := wgLoad_(&wg.state)
		if int32(state>>32) == 0 {
			return
		}
		if wgCompareAndSwap_(&wg.state, state, state+1) {
			runtime_SemacquireWaitGroup(&wg.sema)
			if wgLoad_(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

// Go runs f in a new goroutine counted by wg (Go 1.25).
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			// A panic in f ends the program; do not let Wait return first.
			if x := recover(); x != nil {
				panic(x)
			}
			wg.Done()
		}()
		f()
	}()
}

// ---- Once, OnceFunc, OnceValue, OnceValues ----

type Once struct {
	_    noCopy
	done atomic.Bool
	m    Mutex
}

func (o *Once) Do(f func()) {
	if !o.done.Load() {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done.Load() {
		// Done even when f panics: Do never calls f again.
		defer o.done.Store(true)
		f()
	}
}

// OnceFunc returns a function that invokes f only once. The returned function
// may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
func OnceFunc(f func()) func() {
	var once Once
	valid := false
	var p any
	return func() {
		once.Do(func() {
			defer func() {
				f = nil
				p = recover()
				if !valid {
					panic(p)
				}
			}()
			f()
			valid = true
		})
		if !valid {
			panic(p)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns the value
// returned by f. The returned function may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
func OnceValue[T any](f func() T) func() T {
	var once Once
	valid := false
	var p any
	var result T
	return func() T {
		once.Do(func() {
			defer func() {
				f = nil
				p = recover()
				if !valid {
					// The first call panics from inside Do, so that
					// its trace goes down into f.
					panic(p)
				}
			}()
			result = f()
			valid = true
		})
		if !valid {
			panic(p)
		}
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns the values
// returned by f. The returned function may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	valid := false
	var p any
	var r1 T1
	var r2 T2
	return func() (T1, T2) {
		once.Do(func() {
			defer func() {
				f = nil
				p = recover()
				if !valid {
					panic(p)
				}
			}()
			r1, r2 = f()
			valid = true
		})
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

// ---- Cond ----

// notifyList: tickets handed out to waiters, and the next ticket to
// wake; the waiters themselves are queued by the runtime (sema.c).
type notifyList struct {
	wait   uint32
	notify uint32
}

// copyChecker holds its own address once used: a copy does not.
type copyChecker uintptr

type Cond struct {
	noCopy  noCopy
	L       Locker
	notify  notifyList
	checker copyChecker
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	checkCopy_(&c.checker)
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

func (c *Cond) Signal() {
	checkCopy_(&c.checker)
	runtime_notifyListNotifyOne(&c.notify)
}

func (c *Cond) Broadcast() {
	checkCopy_(&c.checker)
	runtime_notifyListNotifyAll(&c.notify)
}

// ---- Map ----

// Map is a map[any]any behind a mutex. Go's is a concurrent hash trie;
// the behaviour is the same, the scaling is not.
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	hashable_(key)
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	hashable_(key)
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	hashable_(key)
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
	}
	return
}

func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	hashable_(key)
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	hashable_(key)
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	hashable_(key)
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f on a snapshot, without the lock, so that f may use m.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i, k := range keys {
		if !f(k, vals[i]) {
			return
		}
	}
}

// ---- Pool ----

// Pool keeps what is Put in a stack behind a mutex; Get takes the most
// recently put value, as Go's per-P private slot does. Unlike Go's, a
// Pool is not emptied by garbage collections.
type Pool struct {
	noCopy noCopy
	mu     Mutex
	items  []any
	New    func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
