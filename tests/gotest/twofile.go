// The package that twofile_test.go tests: a main package of its own,
// whose main must not run under minigo test (its init and variables do).
package main

import (
	"fmt"
	"strings"
)

var greeting = strings.Repeat("hi ", 2)

var initRan bool

func init() { initRan = true }

// Reverse returns s with its runes in reverse order.
func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func main() {
	fmt.Println("main must not run in a test")
}
