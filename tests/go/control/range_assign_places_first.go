package main

import "fmt"

type P struct{ x, y int }

func main() {
	// the key's index operand is read before the key is assigned
	var a [5]int
	k := 0
	for k, a[k] = range []int{10, 20, 30} {
	}
	fmt.Println(k, a)

	// the same over an array, a string, an int, a map, a channel
	var b [7]rune
	j := 0
	for j, b[j] = range "héllo" {
	}
	fmt.Println(j, b)
	var c [4]int
	i := 0
	for i, c[i] = range [3]int{7, 8, 9} {
	}
	fmt.Println(i, c)
	var d [5]int
	n := 0
	for n = range 4 {
		d[n] = n
	}
	fmt.Println(n, d)
	m := map[string]int{}
	key := "first"
	for key, m[key] = range map[string]int{"only": 1} {
	}
	fmt.Println(key, m)

	// a store into the ranged slice does not change the value read
	s := []int{1, 2, 3}
	var v int
	for s[0], v = range s {
		fmt.Println(s, v)
	}

	// places through pointers and fields
	p := &P{}
	for p.x, p.y = range []int{5, 6} {
	}
	fmt.Println(*p)
	q := new(int)
	for _, *q = range []int{4, 5} {
	}
	fmt.Println(*q)
	ps := []*P{{}, {}, {}}
	idx := 0
	for idx, ps[idx].y = range []int{1, 2, 3} {
	}
	fmt.Println(idx, *ps[0], *ps[1], *ps[2])

	// interface-typed iteration variables box a copy
	var ki, vi any
	for ki, vi = range []P{{1, 2}, {3, 4}} {
	}
	fmt.Println(ki, vi)
	for ki, vi = range map[string]bool{"k": true} {
	}
	fmt.Println(ki, vi)
	for ki, vi = range "ab" {
	}
	fmt.Println(ki, vi)
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for vi = range ch {
	}
	fmt.Println(vi)
	var st fmt.Stringer
	_ = st
	for ki = range 3 {
	}
	fmt.Printf("%v %T\n", ki, ki)
}

// Output:
// 2 [20 30 0 0 0]
// 5 [233 108 0 108 111 0 0]
// 2 [8 9 0 0]
// 3 [0 1 2 3 0]
// only map[first:1]
// [0 2 3] 1
// [1 2 3] 2
// [2 2 3] 3
// {1 6}
// 5
// 2 {0 2} {0 3} {0 0}
// 1 {3 4}
// k true
// 1 98
// 2
// 2 int
