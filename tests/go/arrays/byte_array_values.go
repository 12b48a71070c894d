// Arrays of bytes print as their bytes with %s %q %x %X, like []byte;
// they go through interfaces, channels and nested arrays.
package main

import (
	"fmt"
	"strings"
)

func main() {
	a := [5]byte{'h', 'e', 'l', 'l', 'o'}
	var x any = a
	fmt.Printf("%x %X %s %q %v %d\n", a, a, a[:], a[:], x, a)
	if v, ok := x.([5]byte); ok {
		fmt.Println(v == a, string(v[1:3]))
	}
	ch := make(chan [3]bool, 1)
	ch <- [3]bool{true, false, true}
	fmt.Println(<-ch)
	var sb strings.Builder
	sb.Write(a[1:4])
	fmt.Println(sb.String(), x == any(a))
	type T struct{ B [2]int8 }
	t := T{[2]int8{-1, -128}}
	fmt.Printf("%v %+v %#v\n", t, t, t)
	var arr [2][3]byte
	arr[1][2] = 7
	arr[0] = [3]byte{1, 2, 3}
	fmt.Println(arr, len(arr[1]))
}

// Output:
// 68656c6c6f 68656C6C6F hello "hello" [104 101 108 108 111] [104 101 108 108 111]
// true el
// [true false true]
// ell true
// {[-1 -128]} {B:[-1 -128]} main.T{B:[2]int8{-1, -128}}
// [[1 2 3] [0 0 7]] 3
