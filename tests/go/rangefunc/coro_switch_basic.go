// minigo only: a user program cannot import internal/coro under Go
// (the // Flags: line keeps tests/diff_go.sh from trying).
package main

import (
	"fmt"
	"internal/coro"
	"runtime"
)

// Two goroutines take turns on one thread: each Switch runs the other.
func main() {
	var c *coro.Coro
	c = coro.New(func(c *coro.Coro) {
		for i := 0; i < 3; i++ {
			fmt.Println("coroutine", i)
			coro.Switch(c)
		}
		fmt.Println("coroutine ends")
	})
	fmt.Println("goroutines", runtime.NumGoroutine())
	for i := 0; i < 4; i++ {
		fmt.Println("main", i)
		coro.Switch(c)
	}
	fmt.Println("goroutines", runtime.NumGoroutine())
}

// Flags: -lang=go1.22
// Output:
// goroutines 2
// main 0
// coroutine 0
// main 1
// coroutine 1
// main 2
// coroutine 2
// main 3
// coroutine ends
// goroutines 1
