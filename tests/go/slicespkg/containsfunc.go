// slices.ContainsFunc over structs, an empty slice and a nil slice.
package main

import (
	"fmt"
	"slices"
)

type user struct {
	name  string
	admin bool
}

func main() {
	us := []user{{"ann", false}, {"bob", true}}
	isAdmin := func(u user) bool { return u.admin }
	fmt.Println(slices.ContainsFunc(us, isAdmin))
	fmt.Println(slices.ContainsFunc(us[:1], isAdmin))
	fmt.Println(slices.ContainsFunc([]user(nil), isAdmin))
	calls := 0
	slices.ContainsFunc([]int{1, 2, 3, 4}, func(n int) bool { calls++; return n == 2 })
	fmt.Println("calls:", calls)
}

// Output:
// true
// false
// false
// calls: 2
