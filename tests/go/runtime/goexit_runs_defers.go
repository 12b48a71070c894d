// runtime.Goexit ends the calling goroutine after running all its deferred
// calls, even from a nested call; code after it does not run.
package main

import (
	"fmt"
	"runtime"
)

func inner() {
	defer fmt.Println("inner deferred")
	runtime.Goexit()
	fmt.Println("never printed: inner")
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("outer deferred")
		inner()
		fmt.Println("never printed: outer")
	}()
	<-done
	fmt.Println("main continues")
}

// Output:
// inner deferred
// outer deferred
// main continues
