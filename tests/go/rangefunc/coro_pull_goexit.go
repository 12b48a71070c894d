// minigo only: a user program cannot import internal/coro under Go (the
// // Flags: line keeps tests/diff_go.sh from trying). pull below is
// iter.Pull for ints on internal/coro; the expected output is what Go
// prints for the same program with iter.Pull in place of pull.
package main

import (
	"fmt"
	"internal/coro"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("the caller of next exits too")
		next, _ := pull(func(yield func(int) bool) {
			yield(1)
			runtime.Goexit()
		})
		fmt.Println(next())
		next()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("main", runtime.NumGoroutine())
}

// pull is iter.Pull for ints, written on internal/coro as iter.Pull will
// be once generics are in (see docs/LANGUAGE.md).
func pull(seq func(yield func(int) bool)) (next func() (int, bool), stop func()) {
	var st struct {
		v                         int
		ok, done, yieldNext, ended bool
		panicVal                  any
	}
	c := coro.New(func(c *coro.Coro) {
		if st.done {
			return
		}
		yield := func(v int) bool {
			if st.done {
				return false
			}
			if !st.yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			st.yieldNext = false
			st.v, st.ok = v, true
			coro.Switch(c)
			return !st.done
		}
		defer func() {
			if p := recover(); p != nil {
				st.panicVal = p
			} else if !st.ended {
				st.panicVal = goexitMark
			}
			st.done = true
		}()
		seq(yield)
		st.v, st.ok = 0, false
		st.ended = true
	})
	rethrow := func() {
		if st.panicVal == goexitMark {
			runtime.Goexit()
		} else if st.panicVal != nil {
			panic(st.panicVal)
		}
	}
	next = func() (int, bool) {
		if st.done {
			return 0, false
		}
		if st.yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		st.yieldNext = true
		coro.Switch(c)
		rethrow()
		return st.v, st.ok
	}
	stop = func() {
		if !st.done {
			st.done = true
			coro.Switch(c)
			rethrow()
		}
	}
	return next, stop
}

// goexitMark stands for a runtime.Goexit in the iterator.
var goexitMark any = new(int)

// Flags: -lang=go1.22
// Output:
// 1 true
// the caller of next exits too
// main 1
