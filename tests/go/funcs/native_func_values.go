// Library functions used as values: assigned, passed, and called later.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	up := strings.ToUpper
	fmt.Println(up("hi"), apply(strings.ToLower, "HEY"))
	p := fmt.Println
	p("via value", 1, 2)
	s := []string{"b", "a", "c"}
	sort.Strings(s)
	fmt.Println(s, strings.Compare("a", "b"))
	var cmp func(a, b string) int = strings.Compare
	fmt.Println(cmp("b", "a"))
}

// Output:
// HI hey
// via value 1 2
// [a b c] -1
// 1
