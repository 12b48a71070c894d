// new(T), pointers to T, and a generic Ptr helper.
package main

import "fmt"

func Ptr[T any](v T) *T { return &v }

func NewZero[T any]() *T { return new(T) }

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func main() {
	p := Ptr(42)
	*p++
	fmt.Println(*p)
	z := NewZero[struct{ A, B int }]()
	z.B = 2
	fmt.Println(*z)
	x, y := "left", "right"
	Swap(&x, &y)
	fmt.Println(x, y)
	fmt.Println(Deref(nil, "default"), Deref(Ptr("set"), "default"))
}

// Output:
// 43
// {0 2}
// right left
// default set
