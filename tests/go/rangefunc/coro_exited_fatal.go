// minigo only: a user program cannot import internal/coro under Go (the
// // Flags: line keeps tests/diff_go.sh from trying). Switching to a
// coroutine that has ended is Go's fatal error (runtime.coroswitch_m).
package main

import (
	"fmt"
	"internal/coro"
)

func main() {
	c := coro.New(func(*coro.Coro) { fmt.Println("coroutine runs and ends") })
	coro.Switch(c)
	fmt.Println("back in main")
	coro.Switch(c)
	fmt.Println("not reached")
}

// Exit: 2
// Flags: -lang=go1.22
// Stderr:
// ^fatal error: coroswitch on exited coro$
// ^goroutine 1 \[running\]:$
// Output:
// coroutine runs and ends
// back in main
