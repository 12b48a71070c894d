// minigo only: a user program cannot import internal/coro under Go (the
// // Flags: line keeps tests/diff_go.sh from trying). 64 goroutines pull
// from iterators of their own at once, on 4 Ps, with Gosched in the
// iterators: each coroutine switch stays on its own M and P.
package main

import (
	"fmt"
	"internal/coro"
	"runtime"
	"sync"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if i%97 == 0 {
				runtime.Gosched()
			}
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	var wg sync.WaitGroup
	sums := make([]int, 64)
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			next, stop := pull(count(2000))
			defer stop()
			for {
				v, ok := next()
				if !ok {
					break
				}
				sums[g] += v
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println(total, runtime.NumGoroutine())
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

// Env: GOMAXPROCS=4
// Flags: -lang=go1.22
// Output:
// 127936000 1
