// func F[S ~[]E, E any](s S) S keeps a named slice type through inference.
package main

import "fmt"

type Names []string

func (n Names) Joined() string {
	r := ""
	for i, s := range n {
		if i > 0 {
			r += ","
		}
		r += s
	}
	return r
}

func Reversed[S ~[]E, E any](s S) S {
	r := make(S, len(s))
	for i, v := range s {
		r[len(s)-1-i] = v
	}
	return r
}

func First[S ~[]E, E any](s S) E { return s[0] }

func main() {
	n := Names{"a", "b", "c"}
	r := Reversed(n)
	fmt.Printf("%T %v\n", r, r.Joined())
	fmt.Printf("%T %v\n", First(n), First(n))
	plain := Reversed([]int{1, 2, 3})
	fmt.Printf("%T %v\n", plain, plain)
}

// Output:
// main.Names c,b,a
// string a
// []int [3 2 1]
