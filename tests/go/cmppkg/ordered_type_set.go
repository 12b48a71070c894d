// Every kind in cmp.Ordered's type set works with cmp.Compare and cmp.Less.
package main

import (
	"cmp"
	"fmt"
)

func show[T cmp.Ordered](a, b T) {
	fmt.Printf("%T %d %v\n", a, cmp.Compare(a, b), cmp.Less(a, b))
}

type myInt int

func main() {
	show(int8(-1), 1)
	show(int16(300), -300)
	show(int32(5), 5)
	show(int64(-1<<62), 1<<62)
	show(uint(1), 0)
	show(uint16(65535), 65534)
	show(uint32(0), 1)
	show(uint64(1<<63), 1)
	show(uintptr(8), 16)
	show(float32(1.5), 1.25)
	show(myInt(2), 3)
	show("b", "a")
}

// Output:
// int8 -1 true
// int16 1 false
// int32 0 false
// int64 -1 true
// uint 1 false
// uint16 1 false
// uint32 -1 true
// uint64 1 false
// uintptr -1 true
// float32 1 false
// main.myInt -1 true
// string 1 false
