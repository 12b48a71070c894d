// Converting between pointer types whose base types have the same
// underlying type: both pointers see the same variable.
package main

import "fmt"

type A struct{ n int }
type B A

func (b *B) Get() int { return b.n }

func main() {
	a := &A{5}
	b := (*B)(a)
	b.n++
	fmt.Println(a.n, b.Get())
}

// Output:
// 6 6
