// Instantiation with a func type argument.
package main

import "fmt"

func Compose[T any](fs ...T) []T { return fs }

type Box[T any] struct{ V T }

func main() {
	fs := Compose(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })
	v := 1
	for _, f := range fs {
		v = f(v)
	}
	fmt.Println(v)
	b := Box[func(string) string]{func(s string) string { return s + "!" }}
	fmt.Println(b.V("hi"))
	fmt.Printf("%T\n", b)
}

// Output:
// 20
// hi!
// main.Box[func(string) string]
