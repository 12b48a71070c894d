// In an assignment the operands on the left (a call returning the pointer
// whose field is set, a pointer expression, an index) are evaluated before
// the value on the right.
package main

import "fmt"

type T struct{ x int }

var trace string

func pt(t *T) *T { trace += "p"; return t }
func v() int     { trace += "v"; return 5 }

func main() {
	var t T
	pt(&t).x = v()
	n := 0
	p := &n
	*func() *int { trace += "q"; return p }() = v()
	var a [4]byte
	a[func() int { trace += "i"; return 2 }()] = byte(v())
	fmt.Println(trace, t.x, n, a)
}

// Output:
// pvqviv 5 5 [0 0 5 0]
