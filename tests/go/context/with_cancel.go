// WithCancel: Done is open until cancel is called, then closed; Err becomes
// context.Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
)

func status(ctx context.Context) string {
	select {
	case <-ctx.Done():
		return "done"
	default:
		return "open"
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx)
	fmt.Println(status(ctx), ctx.Err())
	cancel()
	fmt.Println(status(ctx), ctx.Err())
	fmt.Println(ctx.Err() == context.Canceled, errors.Is(ctx.Err(), context.Canceled))
	cancel() // a second call does nothing
	fmt.Println(ctx.Err())
	fmt.Println(ctx.Done() == ctx.Done())
}

// Output:
// context.Background.WithCancel
// open <nil>
// done context canceled
// true true
// context canceled
// true
