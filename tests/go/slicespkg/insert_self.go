// slices.Insert of values taken from the slice itself.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := make([]int, 5, 20)
	for i := range s {
		s[i] = i
	}
	fmt.Println(slices.Insert(s, 1, s[3:5]...))
	t := make([]int, 5, 20)
	for i := range t {
		t[i] = i
	}
	fmt.Println(slices.Insert(t, 4, t[0:3]...))
	u := []string{"p", "q", "r"}
	fmt.Println(slices.Insert(u, 0, u...))
}

// Output:
// [0 3 4 1 2 3 4]
// [0 1 2 3 0 1 2 4]
// [p q r p q r]
