// Two goroutines select on the same two channels in opposite source
// order, sending and receiving, many times: locks taken in a fixed order
// keep them from deadlocking each other, and no value is lost. Each
// round pairs iteration i of one with iteration i of the other, so the
// values received add up to 0+1+...+(N-1).
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	done := make(chan int)
	const N = 20000
	go func() {
		got := 0
		for i := 0; i < N; i++ {
			select {
			case a <- i:
			case v := <-b:
				got += v
			}
		}
		done <- got
	}()
	got := 0
	for i := 0; i < N; i++ {
		select {
		case v := <-a:
			got += v
		case b <- i:
		}
	}
	other := <-done
	fmt.Println(got+other, got+other == N*(N-1)/2)
}

// Output:
// 199990000 true
