// goroutines.go: goroutines, a WaitGroup, channels, select with a timeout,
// and a goroutine spinning in a loop that the scheduler preempts.
//
//	minigo run examples/goroutines.go
//	GOMAXPROCS=1 minigo run -sched=fifo examples/goroutines.go   # fixed order
//	MINIGO_SCHEDSTATS=1 minigo run examples/goroutines.go        # steals, preemptions
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

// square reads numbers until in is closed and sends their squares.
func square(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := range in {
		out <- n * n
	}
}

func main() {
	// a pipeline with three workers (fan-out) and one collector (fan-in)
	in, out := make(chan int), make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go square(in, out, &wg)
	}
	go func() {
		for i := 1; i <= 6; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	var squares []int
	for sq := range out {
		squares = append(squares, sq)
	}
	sort.Ints(squares) // the workers finish in any order
	fmt.Println("squares:", squares)

	// select with a timeout
	slow := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		slow <- "too late"
	}()
	select {
	case msg := <-slow:
		fmt.Println(msg)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out after 10ms")
	}

	// a goroutine that never blocks is preempted, so main runs again
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main ran again while a goroutine spins; goroutines:", runtime.NumGoroutine())
}

// Output:
// squares: [1 4 9 16 25 36]
// timed out after 10ms
// main ran again while a goroutine spins; goroutines: 3
