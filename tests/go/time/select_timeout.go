// The timeout idiom: select between a slow result and time.After.
package main

import (
	"fmt"
	"time"
)

func work(d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("done after ", d)
	}()
	return c
}

func main() {
	for _, d := range []time.Duration{10 * time.Millisecond, 500 * time.Millisecond} {
		select {
		case r := <-work(d):
			fmt.Println(r)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("timeout waiting", d)
		}
	}
}

// Output:
// done after 10ms
// timeout waiting 500ms
