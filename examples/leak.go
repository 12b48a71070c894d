// leak.go: a goroutine leak, found with runtime.NumGoroutine and fixed
// with context.WithCancel and context.WithTimeout.
//
//	minigo run examples/leak.go
//
// first asks three replicas the same question and returns the first answer.
// The two slower replicas then block for ever on a send nobody receives:
// every call leaks two goroutines, which NumGoroutine shows growing. (Go
// never collects a blocked goroutine, nor the memory it holds.)
//
// The fix gives the replicas a context. Once the first answer is in, first
// cancels it; each replica sends in a select that also waits on ctx.Done(),
// so the slow ones return instead of blocking. WithTimeout does the same
// when nobody answers in time: the context is cancelled by a timer and
// ctx.Err() says context.DeadlineExceeded.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// replica answers after a delay that depends on which replica it is.
func replica(id int) string {
	time.Sleep(time.Duration(id+1) * 10 * time.Millisecond) // 10, 20, 30 ms
	return fmt.Sprint("answer from replica ", id)
}

// leakyFirst returns the first answer; the other senders block for ever.
func leakyFirst() string {
	answers := make(chan string) // unbuffered: a send waits for a receiver
	for id := 0; id < 3; id++ {
		go func() { answers <- replica(id) }()
	}
	return <-answers // only one receive
}

// first returns the first answer and cancels the others.
func first(ctx context.Context) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // on every return: the losers see ctx.Done() and quit
	answers := make(chan string)
	for id := 0; id < 3; id++ {
		go func() {
			a := replica(id)
			select {
			case answers <- a:
			case <-ctx.Done(): // nobody wants it any more
			}
		}()
	}
	select {
	case a := <-answers:
		return a, nil
	case <-ctx.Done(): // the caller's deadline, if it had one
		return "", ctx.Err()
	}
}

// settle waits (up to a second) until at most want goroutines are left:
// cancelled goroutines need a moment to wake up and return.
func settle(want int) int {
	for deadline := time.Now().Add(time.Second); time.Now().Before(deadline); {
		if runtime.NumGoroutine() <= want {
			break
		}
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("goroutines at the start:", runtime.NumGoroutine())

	start := runtime.NumGoroutine()
	for i := 0; i < 10; i++ {
		leakyFirst()
	}
	time.Sleep(40 * time.Millisecond) // every replica has answered by now
	n := runtime.NumGoroutine()
	fmt.Println("10 calls of leakyFirst:", n, "goroutines, leaked:", n-start)

	start = n
	for i := 0; i < 10; i++ {
		a, _ := first(context.Background())
		if i == 0 {
			fmt.Println("first answer:", a)
		}
	}
	n = settle(start)
	fmt.Println("10 calls of first:     ", n, "goroutines, leaked:", n-start)

	// nobody answers within 2 ms (the fastest replica takes 10 ms)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Millisecond)
	defer cancel()
	_, err := first(ctx)
	fmt.Println("first with a 2 ms timeout:", err)
	fmt.Println("err == context.DeadlineExceeded:", err == context.DeadlineExceeded)
	n = settle(start)
	fmt.Println("after it:              ", n, "goroutines, leaked:", n-start)
}

// Output:
// goroutines at the start: 1
// 10 calls of leakyFirst: 21 goroutines, leaked: 20
// first answer: answer from replica 0
// 10 calls of first:      21 goroutines, leaked: 0
// first with a 2 ms timeout: context deadline exceeded
// err == context.DeadlineExceeded: true
// after it:               21 goroutines, leaked: 0
