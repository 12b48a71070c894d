// A panic with a value that is not a string inside the report's Error()
// call: Go's fatal error names the value's type.
package main

import (
	"errors"
	"fmt"
)

type E struct{ n int }

func (e *E) Error() string {
	panic(errors.New("inner error"))
}

func main() {
	fmt.Println("start")
	panic(&E{7})
}

// Exit: 2
// Stderr:
// ^fatal error: panic while printing panic value: type \*errors\.errorString$
// Output:
// start
