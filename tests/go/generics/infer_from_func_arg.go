// Inference of a result type from a function-typed argument (strconv.Itoa makes U string).
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, len(s))
	for i, v := range s {
		r[i] = f(v)
	}
	return r
}

func main() {
	strs := Map([]int{1, 22, 333}, strconv.Itoa)
	fmt.Printf("%T %q\n", strs, strs)
	up := Map(strs, strings.ToUpper)
	lens := Map(up, func(s string) int { return len(s) })
	fmt.Println(lens)
}

// Output:
// []string ["1" "22" "333"]
// [1 2 3]
