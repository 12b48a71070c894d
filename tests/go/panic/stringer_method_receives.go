// An unrecovered panic's report calls the value's String() on the
// panicking goroutine; here String() waits on an empty buffered channel
// that another goroutine fills later.
package main

import (
	"fmt"
	"time"
)

type Late struct{ c chan string }

func (l *Late) String() string { return "from the channel: " + <-l.c }

func main() {
	l := &Late{make(chan string, 1)}
	go func() {
		time.Sleep(20 * time.Millisecond)
		l.c <- "hello"
	}()
	fmt.Println("panicking")
	panic(l)
}

// Exit: 2
// Stderr:
// ^panic: from the channel: hello$
// ^goroutine 1 \[running\]:$
// Output:
// panicking
