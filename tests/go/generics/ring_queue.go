// A fixed-size ring buffer Queue[T] that overwrites its oldest element.
package main

import "fmt"

type Ring[T any] struct {
	buf        []T
	start, len int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Put(v T) {
	if r.len < len(r.buf) {
		r.buf[(r.start+r.len)%len(r.buf)] = v
		r.len++
		return
	}
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
}

func (r *Ring[T]) All() []T {
	out := make([]T, r.len)
	for i := range out {
		out[i] = r.buf[(r.start+i)%len(r.buf)]
	}
	return out
}

func main() {
	r := NewRing[rune](3)
	for _, c := range "abcde" {
		r.Put(c)
	}
	fmt.Println(string(r.All()))
	q := NewRing[float64](2)
	q.Put(1.5)
	fmt.Println(q.All())
}

// Output:
// cde
// [1.5]
