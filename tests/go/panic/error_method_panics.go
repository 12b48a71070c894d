// A panic inside the Error() that the report of an unrecovered panic calls
// is Go's fatal error; Error()'s deferred calls run first.
package main

import "fmt"

type E struct{ n int }

func (e E) Error() string {
	defer fmt.Println("deferred in Error")
	panic(fmt.Sprintf("inner %d", e.n))
}

func main() {
	fmt.Println("start")
	panic(E{7})
}

// Exit: 2
// Stderr:
// ^fatal error: panic while printing panic value: inner 7$
// ^goroutine 1 .*\[running\]:$
// ^main\.E\.Error\(
// Output:
// start
// deferred in Error
