// runtime.Breakpoint with no debugger attached: the process dies of
// SIGTRAP with every goroutine's trace, exit status 2.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	go func() { <-c }()
	runtime.Gosched()
	fmt.Println("before")
	runtime.Breakpoint()
	fmt.Println("not reached")
}

// Exit: 2
// Stderr:
// ^SIGTRAP: trace trap$
// ^goroutine 1 .*\[running\]:$
// ^main\.main\(\)$
// \[chan receive\]:$
// Output:
// before
