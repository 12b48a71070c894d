// An unrecovered panic in any goroutine ends the whole program with exit
// status 2; the trace names the panicking goroutine, not main.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("main starts a goroutine and waits")
	go func() {
		panic("boom in goroutine")
	}()
	time.Sleep(5 * time.Second)
	fmt.Println("never printed")
}

// Exit: 2
// Stderr:
// ^panic: boom in goroutine$
// ^goroutine [0-9]+ \[running\]:$
// Output:
// main starts a goroutine and waits
