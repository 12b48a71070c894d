// A pointer method of an embedded struct is promoted to *S and can be
// called through an interface holding *S.
package main

import "fmt"

type M struct{ n int }

func (m *M) Lock() { m.n++ }

type L interface{ Lock() }

type C struct {
	M
	x int
}

func main() {
	var l L = &C{}
	l.Lock()
	l.Lock()
	fmt.Println(l.(*C).n)
}

// Output:
// 2
