// A generic Merge of two channels with select, until both are closed.
package main

import (
	"fmt"
	"sort"
)

func Merge[T any](a, b <-chan T) []T {
	var r []T
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			r = append(r, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			r = append(r, v)
		}
	}
	return r
}

func From[T any](vs ...T) <-chan T {
	c := make(chan T)
	go func() {
		for _, v := range vs {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	r := Merge(From(1, 3, 5), From(2, 4))
	sort.Ints(r)
	fmt.Println(r)
	s := Merge(From("x"), From[string]())
	fmt.Println(s)
}

// Output:
// [1 2 3 4 5]
// [x]
