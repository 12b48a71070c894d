// An unrecovered panic's report calls the value's Error() on the panicking
// goroutine; here Error() blocks on a Mutex another goroutine holds.
package main

import (
	"fmt"
	"sync"
	"time"
)

type LockedError struct {
	mu  *sync.Mutex
	msg string
}

func (e LockedError) Error() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return "locked: " + e.msg
}

func main() {
	var mu sync.Mutex
	held := make(chan bool)
	go func() {
		mu.Lock()
		held <- true
		time.Sleep(20 * time.Millisecond)
		mu.Unlock()
	}()
	<-held
	fmt.Println("the lock is held")
	panic(LockedError{&mu, "boom"})
}

// Exit: 2
// Stderr:
// ^panic: locked: boom$
// ^goroutine 1 \[running\]:$
// Output:
// the lock is held
