// A generic error type NotFound[K]; errors.As finds the right instantiation.
package main

import (
	"errors"
	"fmt"
)

type NotFound[K any] struct{ Key K }

func (e *NotFound[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

func Lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	v, ok := m[k]
	if !ok {
		return v, &NotFound[K]{k}
	}
	return v, nil
}

func main() {
	_, err := Lookup(map[string]int{"a": 1}, "b")
	err = fmt.Errorf("lookup: %w", err)
	fmt.Println(err)
	var ns *NotFound[string]
	fmt.Println(errors.As(err, &ns), ns.Key)
	var ni *NotFound[int]
	fmt.Println(errors.As(err, &ni), ni == nil)
	fmt.Printf("%T\n", errors.Unwrap(err))
}

// Output:
// lookup: key b not found
// true b
// false true
// *main.NotFound[string]
