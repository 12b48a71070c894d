// Producer and consumer around a small buffered channel: the producer runs at
// most cap ahead; every item arrives once, in order.
package main

import "fmt"

func main() {
	buf := make(chan int, 4)
	done := make(chan bool)
	go func() {
		expect := 0
		ok := true
		for v := range buf {
			if v != expect {
				ok = false
			}
			expect++
		}
		fmt.Println("received", expect, "in order:", ok)
		done <- true
	}()
	maxLen := 0
	for i := 0; i < 1000; i++ {
		buf <- i
		if len(buf) > maxLen {
			maxLen = len(buf)
		}
	}
	close(buf)
	<-done
	fmt.Println("never more than cap:", maxLen <= cap(buf))
}

// Output:
// received 1000 in order: true
// never more than cap: true
