// Goexit in main runs main's defers and lets the other goroutines go on; when
// the last of them ends, Go reports that no goroutines are left.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	mainDeferred := make(chan bool)
	go func() {
		<-mainDeferred
		time.Sleep(20 * time.Millisecond)
		fmt.Println("other goroutine finished")
	}()
	defer close(mainDeferred)
	defer fmt.Println("main deferred")
	runtime.Goexit()
	fmt.Println("never printed")
}

// Exit: 2
// Stderr:
// ^fatal error: no goroutines \(main called runtime.Goexit\) - deadlock!$
// Output:
// main deferred
// other goroutine finished
