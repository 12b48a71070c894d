// atomic.Value: Load of a fresh Value is nil; Store, Swap and
// CompareAndSwap keep one dynamic type; CompareAndSwap compares with ==.
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name    string
	retries int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panics:", r)
		}
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	fmt.Println(v.CompareAndSwap("x", "y"))
	fmt.Println(v.CompareAndSwap(nil, "first"), v.Load())
	v.Store("second")
	fmt.Println(v.Load(), v.Swap("third"), v.Load())
	fmt.Println(v.CompareAndSwap("nope", "x"), v.CompareAndSwap("third", "fourth"), v.Load())

	var c atomic.Value
	c.Store(config{"a", 1})
	cfg := c.Load().(config)
	fmt.Printf("%+v\n", cfg)
	fmt.Println(c.CompareAndSwap(config{"a", 1}, config{"b", 2}), c.Load())
	fmt.Printf("%v\n", c)

	try("Store(nil)", func() { v.Store(nil) })
	try("Store(int)", func() { v.Store(1) })
	try("Swap(nil)", func() { v.Swap(nil) })
	try("Swap(int)", func() { v.Swap(1) })
	try("CompareAndSwap(_, nil)", func() { v.CompareAndSwap("x", nil) })
	try("CompareAndSwap(string, int)", func() { v.CompareAndSwap("x", 1) })
	try("CompareAndSwap(int, int)", func() { v.CompareAndSwap(1, 2) })
	var s atomic.Value
	s.Store([]int{1})
	try("CompareAndSwap of slices", func() { s.CompareAndSwap([]int{1}, []int{2}) })
	fmt.Println(v.Load())
}

// Output:
// <nil>
// false
// true first
// second second third
// false true fourth
// {name:a retries:1}
// true {b 2}
// {{b 2}}
// Store(nil) panics: sync/atomic: store of nil value into Value
// Store(int) panics: sync/atomic: store of inconsistently typed value into Value
// Swap(nil) panics: sync/atomic: swap of nil value into Value
// Swap(int) panics: sync/atomic: swap of inconsistently typed value into Value
// CompareAndSwap(_, nil) panics: sync/atomic: compare and swap of nil value into Value
// CompareAndSwap(string, int) panics: sync/atomic: compare and swap of inconsistently typed values
// CompareAndSwap(int, int) panics: sync/atomic: compare and swap of inconsistently typed value into Value
// CompareAndSwap of slices panics: runtime error: comparing uncomparable type []int
// fourth
