// Calling cancel before a timeout expires gives Canceled, not
// DeadlineExceeded.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
}

// Output:
// context canceled
