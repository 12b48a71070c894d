// WithTimeout: Done closes by itself when the time is up, and Err is
// context.DeadlineExceeded.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	fmt.Println("before:", ctx.Err())
	<-ctx.Done()
	elapsed := time.Since(start)
	fmt.Println("after:", ctx.Err())
	fmt.Println(ctx.Err() == context.DeadlineExceeded, errors.Is(ctx.Err(), context.DeadlineExceeded))
	fmt.Println("waited at least 30ms:", elapsed >= 30*time.Millisecond)
	cancel()
	fmt.Println("cancel after timeout keeps:", ctx.Err())
}

// Output:
// before: <nil>
// after: context deadline exceeded
// true true
// waited at least 30ms: true
// cancel after timeout keeps: context deadline exceeded
