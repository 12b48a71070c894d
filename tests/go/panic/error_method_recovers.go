// The report's Error() call may panic and recover inside itself: the
// report then shows what it returned.
package main

import "fmt"

type E struct{}

func (E) Error() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered inside Error: ", r)
		}
	}()
	panic("oops")
}

func main() {
	fmt.Println("start")
	panic(E{})
}

// Exit: 2
// Stderr:
// ^panic: recovered inside Error: oops$
// ^goroutine 1 \[running\]:$
// Output:
// start
