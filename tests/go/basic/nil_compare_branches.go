// Comparisons with nil in conditions (one jump instruction each for a
// pointer, map, channel or func), both ways round and negated.
package main

import "fmt"

type T struct{ next *T }

func main() {
	var p *T
	var m map[string]int
	var c chan int
	var f func()
	fmt.Println(p == nil, nil == p, p != nil, m == nil, c == nil, f == nil)
	if p == nil && m == nil && c == nil && f == nil {
		fmt.Println("all nil")
	}
	p = &T{}
	m = map[string]int{}
	c = make(chan int)
	f = func() {}
	if p != nil && nil != m && !(c == nil) && f != nil {
		fmt.Println("none nil")
	}
	n := 0
	for q := (&T{&T{&T{}}}); q != nil; q = q.next {
		n++
	}
	fmt.Println(n)
	var s []int
	var e error
	if s == nil && e == nil {
		fmt.Println("slice and interface nil")
	}
}

// Output:
// true true false true true true
// all nil
// none nil
// 3
// slice and interface nil
