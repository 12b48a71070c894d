// slices.CompactFunc keeps the first of each run of elements the function calls equal.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []string{"bob", "Bob", "alice", "Vera", "VERA", "vera", "bob"}
	fmt.Println(slices.CompactFunc(s, strings.EqualFold))
	n := []int{1, 3, 5, 2, 4, 7, 8}
	sameParity := func(a, b int) bool { return a%2 == b%2 }
	fmt.Println(slices.CompactFunc(n, sameParity))
	fmt.Println(n)
}

// Output:
// [bob alice Vera bob]
// [1 2 7 8]
// [1 2 7 8 0 0 0]
