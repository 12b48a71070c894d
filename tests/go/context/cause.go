// WithCancelCause and Cause: Err stays Canceled, Cause gives the reason;
// children inherit the cause; without a cause, Cause is Err.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	fmt.Println(context.Cause(context.Background()))
	ctx, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println(ctx.Err(), context.Cause(ctx))
	boom := errors.New("boom")
	cancel(boom)
	cancel(errors.New("second"))
	fmt.Println(ctx.Err(), context.Cause(ctx))
	fmt.Println(child.Err(), context.Cause(child))
	v := context.WithValue(child, "k", 1)
	fmt.Println(context.Cause(v) == boom)

	plain, cancelPlain := context.WithCancel(context.Background())
	cancelPlain()
	fmt.Println(context.Cause(plain))

	nilCause, cancelNil := context.WithCancelCause(context.Background())
	cancelNil(nil)
	fmt.Println(context.Cause(nilCause))

	slow := errors.New("too slow")
	t, cancelT := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, slow)
	defer cancelT()
	<-t.Done()
	fmt.Println(t.Err(), context.Cause(t))

	d, cancelD := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Hour), slow)
	cancelD()
	fmt.Println(d.Err(), context.Cause(d))
}

// Output:
// <nil>
// <nil> <nil>
// context canceled boom
// context canceled boom
// true
// context canceled
// context canceled
// context deadline exceeded too slow
// context canceled context canceled
