// WithDeadline: a deadline in the future closes Done when it passes; one in
// the past gives a context that is already done.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(50*time.Millisecond))
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not yet done")
	}
	<-ctx.Done()
	fmt.Println(ctx.Err())

	past, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	select {
	case <-past.Done():
		fmt.Println("past deadline: done at once:", past.Err())
	default:
		fmt.Println("past deadline: not done")
	}
}

// Output:
// not yet done
// context deadline exceeded
// past deadline: done at once: context deadline exceeded
