// Package coro: coroutines, the primitive iter.Pull is built on, as Go's
// runtime/coro.go (newcoro, coroswitch) is under Go's iter.Pull.
//
// A coroutine is a goroutine that runs only when another goroutine
// switches to it, and then in that goroutine's place: Switch makes the
// calling goroutine wait and runs the coroutine at once on the same
// thread and processor, without a trip through a run queue; the
// coroutine's own Switch gives control back the same way. When the
// function the coroutine runs returns (or panics, or calls
// runtime.Goexit), control goes back to the goroutine that switched to
// it last, for good. The natives are stdlib/coro.c; the switch itself is
// the scheduler's (sched_coroswitch).
//
// Nothing here is generic, so that packages written before generics and
// after can share it.
//
//minigo:natives
package coro

// A Coro is a coroutine.
type Coro struct {
	f func(*Coro)
	// g is the goroutine the next Switch runs: the coroutine's own while
	// it waits, the one that switched to it while it runs, 0 once it has
	// ended. Only the natives read and write it (atomically).
	g uintptr
}

// New returns a coroutine that will run f(c) the first time a goroutine
// switches to it. It counts as a goroutine (runtime.NumGoroutine), waiting
// with the reason "coroutine", until f returns.
func New(f func(*Coro)) *Coro {
	c := &Coro{f: f}
	c.g = spawn(run, c)
	return c
}

// Switch runs c in the calling goroutine's place, and returns when
// something switches to c again (c itself, or c ending). Switching to a
// coroutine that has ended is a fatal error ("coroswitch on exited coro").
func Switch(c *Coro) { switch_(&c.g) }

// run is what a coroutine's goroutine runs.
func run(c *Coro) {
	defer exit(&c.g)
	c.f(c)
}

// spawn: a new goroutine, waiting, that will run f(c).
func spawn(f func(*Coro), c *Coro) uintptr

// switch_: the calling goroutine waits in *g, and what was there runs.
func switch_(g *uintptr)

// exit: the calling goroutine (a coroutine) ends; what waits in *g runs.
func exit(g *uintptr)
