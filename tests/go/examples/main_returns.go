// main_returns.go: a Go program ends when main returns, whatever its other
// goroutines are doing. The goroutine below is started, but it is still busy
// (the sleep stands for real work) when main returns, so its line is never
// printed. main_waits.go is the fix.
//
//	minigo run examples/main_returns.go
//
// Without the sleep the goroutine would usually not print either, but nothing
// in Go promises that: another P may pick it up before main returns. With the
// sleep the outcome is certain, under any scheduler.
package main

import (
	"fmt"
	"time"
)

func greet(name string) {
	time.Sleep(200 * time.Millisecond) // work that takes a while
	fmt.Println("hello from", name)    // never reached: main has returned
}

func main() {
	go greet("a goroutine")
	fmt.Println("main returns; the program ends here")
}

// Output:
// main returns; the program ends here
