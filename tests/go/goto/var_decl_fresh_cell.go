package main

import "fmt"

// The same with var declarations: p points to a new variable each pass,
// and the zero value is given again.
func main() {
	var ps []*int
	n := 0
L:
	var v int
	v += n
	ps = append(ps, &v)
	n++
	if n < 3 {
		goto L
	}
	for _, p := range ps {
		fmt.Println(*p)
	}
	fmt.Println(ps[0] != ps[1], ps[1] != ps[2])
}

// Output:
// 0
// 1
// 2
// true true
