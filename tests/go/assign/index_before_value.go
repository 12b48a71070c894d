// In s[i] = v and m[k] = v the index operands are evaluated before the
// value (the spec: left-hand index operands, then the right, in order).
package main

import "fmt"

var n int

func next() int { n++; return n }

func main() {
	b := make([]int, 10)
	b[next()] = next() * 10
	m := map[int]int{}
	m[next()] = next()
	var s []string = make([]string, 3)
	i := 1
	s[i] = "x"
	fmt.Println(b, m, s, len(s[1]))
}

// Output:
// [0 20 0 0 0 0 0 0 0 0] map[3:4] [ x ] 1
