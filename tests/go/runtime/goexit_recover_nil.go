// Goexit is not a panic: recover in a deferred call returns nil and does not
// stop the goroutine from ending.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			fmt.Println("recover:", recover())
		}()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("main continues")
}

// Output:
// recover: <nil>
// main continues
