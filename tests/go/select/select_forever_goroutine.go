// select {} blocks its goroutine forever; main returning still ends the
// program.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	started := make(chan bool)
	go func() {
		started <- true
		select {}
	}()
	<-started
	fmt.Println("goroutines:", runtime.NumGoroutine())
}

// Output:
// goroutines: 2
