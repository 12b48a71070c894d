package main

import "fmt"

func incr(p *int) { *p++ }

func main() {
	x := 5
	p := &x
	*p = 10
	fmt.Println(x, *p)
	incr(&x)
	fmt.Println(x)
	q := new(int)
	fmt.Println(*q)
	*q = 3
	incr(q)
	fmt.Println(*q)
	var np *int
	fmt.Println(np == nil, p == &x, p != q)
	pp := &p
	**pp = 77
	fmt.Println(x)
	s := new(struct{ A int })
	s.A = 4
	fmt.Println(s.A, *s)
}

// Output:
// 10 10
// 11
// 0
// 4
// true true true
// 77
// 4 {4}
