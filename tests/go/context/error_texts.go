// The two context errors and their texts.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	fmt.Println(context.Canceled)
	fmt.Println(context.DeadlineExceeded)
	fmt.Println(context.Canceled.Error() == "context canceled")
	fmt.Println(errors.Is(context.Canceled, context.DeadlineExceeded))
	wrapped := fmt.Errorf("fetch: %w", context.DeadlineExceeded)
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded))
}

// Output:
// context canceled
// context deadline exceeded
// true
// false
// fetch: context deadline exceeded true
