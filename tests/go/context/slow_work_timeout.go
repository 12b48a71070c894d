// A caller waits for work or for its context, whichever comes first: fast
// work finishes, slow work is abandoned with the context's error.
package main

import (
	"context"
	"fmt"
	"time"
)

func work(ctx context.Context, d time.Duration) (string, error) {
	result := make(chan string, 1)
	go func() {
		time.Sleep(d)
		result <- fmt.Sprint("finished after ", d)
	}()
	select {
	case r := <-result:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	fmt.Println(work(ctx, 5*time.Millisecond))
	fmt.Println(work(ctx, time.Second))
}

// Output:
// finished after 5ms <nil>
//  context deadline exceeded
