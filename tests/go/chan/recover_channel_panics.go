// The channel panics are run-time errors that recover can catch; their
// values implement error (and runtime.Error).
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	try("send", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close twice", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan bool
		close(c)
	})
}

// Output:
// send: send on closed channel (runtime.Error: true)
// close twice: close of closed channel (runtime.Error: true)
// close nil: close of nil channel (runtime.Error: true)
