// DeadlineExceeded is an error with Timeout and Temporary methods, as a
// net.Error is; Canceled is a plain error.
package main

import (
	"context"
	"errors"
	"fmt"
)

type timeout interface{ Timeout() bool }

func main() {
	t, ok := context.DeadlineExceeded.(timeout)
	fmt.Println(ok, t.Timeout())
	tmp, ok := context.DeadlineExceeded.(interface{ Temporary() bool })
	fmt.Println(ok, tmp.Temporary())
	_, ok = context.Canceled.(timeout)
	fmt.Println(ok)
	var te timeout
	fmt.Println(errors.As(fmt.Errorf("op: %w", context.DeadlineExceeded), &te), te.Timeout())
	fmt.Printf("%T %T\n", context.Canceled, context.DeadlineExceeded)
}

// Output:
// true true
// true true
// false
// true true
// *errors.errorString context.deadlineExceededError
