// WithValue: lookups walk up the chain of parents; an inner value shadows an
// outer one with the same key; keys of different types never match.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

type otherKey string

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, ctxKey("role"), "admin")
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(ctxKey("role")))
	fmt.Println(ctx.Value(ctxKey("missing")))
	fmt.Println(ctx.Value(otherKey("user")), ctx.Value("user"))

	inner := context.WithValue(ctx, ctxKey("user"), "bob")
	fmt.Println(inner.Value(ctxKey("user")), ctx.Value(ctxKey("user")))

	n, ok := inner.Value(ctxKey("role")).(string)
	fmt.Println(n, ok)
	fmt.Println(inner.Err(), inner.Done() == nil)
}

// Output:
// ann admin
// <nil>
// <nil> <nil>
// bob ann
// admin true
// <nil> true
