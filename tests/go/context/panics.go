// The panics of the constructors: nil parent, nil key, key not comparable.
package main

import (
	"context"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name+":", r)
	}()
	f()
}

func main() {
	try("WithCancel(nil)", func() { context.WithCancel(nil) })
	try("WithTimeout(nil)", func() { context.WithTimeout(nil, 0) })
	try("WithValue(nil)", func() { context.WithValue(nil, "k", 1) })
	try("nil key", func() { context.WithValue(context.Background(), nil, 1) })
	try("slice key", func() { context.WithValue(context.Background(), []int{1}, 1) })
	try("WithoutCancel(nil)", func() { context.WithoutCancel(nil) })
}

// Output:
// WithCancel(nil): cannot create context from nil parent
// WithTimeout(nil): cannot create context from nil parent
// WithValue(nil): cannot create context from nil parent
// nil key: nil key
// slice key: key is not comparable
// WithoutCancel(nil): cannot create context from nil parent
