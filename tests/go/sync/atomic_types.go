// The atomic types Int32, Int64, Uint32, Uint64, Uintptr and Bool, their
// methods, and how fmt prints them (as Go does, with their hidden fields).
package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	on     atomic.Bool
}

func main() {
	var s stats
	s.hits.Add(5)
	s.misses.Add(-2)
	s.on.Store(true)
	fmt.Println(s.hits.Load(), s.misses.Load(), s.on.Load())
	fmt.Println(s.hits.Swap(7), s.hits.CompareAndSwap(6, 8), s.hits.CompareAndSwap(7, 8), s.hits.Load())
	fmt.Println(s.on.Swap(false), s.on.CompareAndSwap(true, true), s.on.CompareAndSwap(false, true), s.on.Load())
	fmt.Printf("%v\n%+v\n", &s.hits, s.misses)

	var u atomic.Uint32
	fmt.Println(u.Add(^uint32(0)), u.And(0xff), u.Or(0x100), u.Load())
	var u64 atomic.Uint64
	u64.Store(1 << 40)
	fmt.Println(u64.Load(), u64.Add(1))
	var p atomic.Uintptr
	p.Store(3)
	fmt.Println(p.Swap(4), p.Load())
	var i atomic.Int32
	i.Store(-8)
	fmt.Println(i.And(-4), i.Or(1), i.Load())
}

// Output:
// 5 -2 true
// 5 false true 8
// true false true true
// &{{} {} 8}
// {_:{} v:-2}
// 4294967295 4294967295 255 511
// 1099511627776 1099511627777
// 3 4
// -8 -8 -7
