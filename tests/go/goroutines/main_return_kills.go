// The program ends when main returns: a sleeping goroutine, a blocked one and
// one spinning in an empty loop are all stopped.
package main

import (
	"fmt"
	"time"
)

func main() {
	started := make(chan bool)
	go func() {
		started <- true
		time.Sleep(time.Hour)
		fmt.Println("never printed: sleeper")
	}()
	go func() {
		started <- true
		<-make(chan int)
		fmt.Println("never printed: blocked")
	}()
	go func() {
		started <- true
		for {
		}
	}()
	<-started
	<-started
	<-started
	fmt.Println("main returns")
}

// Output:
// main returns
