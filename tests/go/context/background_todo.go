// context.Background and context.TODO are never canceled: no Done channel,
// no error, no values; they print their names.
package main

import (
	"context"
	"fmt"
)

func main() {
	for _, ctx := range []context.Context{context.Background(), context.TODO()} {
		fmt.Println(ctx)
		fmt.Println(ctx.Done() == nil, ctx.Err(), ctx.Value("k"))
	}
}

// Output:
// context.Background
// true <nil> <nil>
// context.TODO
// true <nil> <nil>
