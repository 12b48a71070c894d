// Values are visible through WithCancel and WithTimeout children, and a
// value context shares its parent's cancellation.
package main

import (
	"context"
	"fmt"
	"time"
)

type key int

const requestID key = 0

func handle(ctx context.Context) string {
	id, _ := ctx.Value(requestID).(int)
	select {
	case <-ctx.Done():
		return fmt.Sprint("request ", id, ": ", ctx.Err())
	default:
		return fmt.Sprint("request ", id, ": running")
	}
}

func main() {
	base, cancel := context.WithCancel(context.Background())
	ctx := context.WithValue(base, requestID, 42)
	tctx, tcancel := context.WithTimeout(ctx, time.Hour)
	defer tcancel()
	fmt.Println(handle(tctx))
	cancel()
	fmt.Println(handle(ctx))
	fmt.Println(handle(tctx))
}

// Output:
// request 42: running
// request 42: context canceled
// request 42: context canceled
