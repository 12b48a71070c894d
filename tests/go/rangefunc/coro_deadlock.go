// minigo only: a user program cannot import internal/coro under Go (the
// // Flags: line keeps tests/diff_go.sh from trying). A coroutine never
// switched to again waits "coroutine" in the deadlock report, as a Go
// iter.Pull whose stop is never called does.
package main

import (
	"fmt"
	"internal/coro"
)

func main() {
	var c *coro.Coro
	c = coro.New(func(*coro.Coro) {
		fmt.Println("started")
		coro.Switch(c)
	})
	coro.Switch(c)
	select {}
}

// Exit: 2
// Flags: -lang=go1.22
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[select \(no cases\)\]:$
// ^goroutine 2 \[coroutine\]:$
// Output:
// started
