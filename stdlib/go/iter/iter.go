// Package iter: iterators over sequences of values, as Go's iter.
// Seq and Seq2 are the types that range over functions loops over; Pull
// and Pull2 turn such a "push" iterator into a "pull" one (next, stop),
// running it as a coroutine (internal/coro: Go's runtime/coro.go) that
// takes turns with the caller on the caller's own thread.
package iter

import (
	"internal/coro"
	"runtime"
)

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// goexited is what a Pull's state holds as its panic when the iterator
// called runtime.Goexit: next and stop then Goexit their caller too.
var goexited any = new(int)

// pullState is what next, stop and the coroutine share.
type pullState struct {
	done      bool // the iterator is over: stopped, returned, panicked or Goexited
	yieldNext bool // next is waiting for a value
	seqDone   bool // seq returned (not a panic, not a Goexit)
	panicked  any  // seq's panic value, or goexited
}

// resume switches to the coroutine, then passes on to the caller what
// seq did instead of yielding: a panic, or runtime.Goexit.
func (p *pullState) resume(c *coro.Coro) {
	coro.Switch(c)
	if p.panicked == goexited {
		runtime.Goexit()
	} else if p.panicked != nil {
		panic(p.panicked)
	}
}

// run is the coroutine's body: seq, with a recover that hands a panic
// (or the lack of one, for a Goexit) to resume.
func (p *pullState) run(seq func()) {
	if p.done {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			p.panicked = r
		} else if !p.seqDone {
			p.panicked = goexited
		}
		p.done = true
	}()
	seq()
	p.seqDone = true
}

// Pull converts the push iterator seq into a pull iterator: next returns
// the next value and true, or the zero value and false when the sequence
// is over (and forever after); stop ends it early (yield then returns
// false) and may be called any number of times. A panic or Goexit in seq
// reaches the caller of next or stop. next and stop must not be called
// from two goroutines at once.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var p pullState
	var v V
	var ok bool
	c := coro.New(func(c *coro.Coro) {
		p.run(func() {
			seq(func(v1 V) bool {
				if p.done {
					return false
				}
				if !p.yieldNext {
					panic("iter.Pull: yield called again before next")
				}
				p.yieldNext = false
				v, ok = v1, true
				coro.Switch(c)
				return !p.done
			})
			var zero V
			v, ok = zero, false
		})
	})
	next = func() (V, bool) {
		if p.done {
			var zero V
			return zero, false
		}
		if p.yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		p.yieldNext = true
		p.resume(c)
		return v, ok
	}
	stop = func() {
		if !p.done {
			p.done = true
			p.resume(c)
		}
	}
	return next, stop
}

// Pull2 is Pull for a Seq2: next returns a pair of values.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var p pullState
	var k K
	var v V
	var ok bool
	c := coro.New(func(c *coro.Coro) {
		p.run(func() {
			seq(func(k1 K, v1 V) bool {
				if p.done {
					return false
				}
				if !p.yieldNext {
					panic("iter.Pull2: yield called again before next")
				}
				p.yieldNext = false
				k, v, ok = k1, v1, true
				coro.Switch(c)
				return !p.done
			})
			var zk K
			var zv V
			k, v, ok = zk, zv, false
		})
	})
	next = func() (K, V, bool) {
		if p.done {
			var zk K
			var zv V
			return zk, zv, false
		}
		if p.yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		p.yieldNext = true
		p.resume(c)
		return k, v, ok
	}
	stop = func() {
		if !p.done {
			p.done = true
			p.resume(c)
		}
	}
	return next, stop
}
