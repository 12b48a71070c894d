// A producer reports progress on one channel and its result on another; the
// consumer counts heartbeats while it waits.
package main

import (
	"fmt"
	"time"
)

func work(beats chan<- int, result chan<- string) {
	for i := 1; i <= 3; i++ {
		time.Sleep(5 * time.Millisecond)
		beats <- i
	}
	result <- "work done"
}

func main() {
	beats := make(chan int)
	result := make(chan string)
	go work(beats, result)
	for {
		select {
		case b := <-beats:
			fmt.Println("heartbeat", b)
		case r := <-result:
			fmt.Println(r)
			return
		}
	}
}

// Output:
// heartbeat 1
// heartbeat 2
// heartbeat 3
// work done
