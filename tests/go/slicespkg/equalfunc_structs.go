// slices.EqualFunc stops at the first mismatch and checks lengths first.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type tag struct{ name string }

func main() {
	tags := []tag{{"Go"}, {"C"}}
	names := []string{"go", "c"}
	calls := 0
	eq := func(t tag, s string) bool { calls++; return strings.EqualFold(t.name, s) }
	fmt.Println(slices.EqualFunc(tags, names, eq), calls)
	calls = 0
	fmt.Println(slices.EqualFunc(tags, []string{"rust", "c"}, eq), calls)
	calls = 0
	fmt.Println(slices.EqualFunc(tags, []string{"go"}, eq), calls)
	fmt.Println(slices.EqualFunc([]tag(nil), []string{}, eq))
}

// Output:
// true 2
// false 1
// false 0
// true
