// slices.Delete with i > j panics; the message names both indexes.
package main

import (
	"fmt"
	"slices"
)

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}
	try(func() { slices.Delete(s, 3, 1) })
	try(func() { slices.Delete(s, -1, 2) })
	try(func() { slices.Delete(s[:2], 1, 3) })
}

// Output:
// runtime error: slice bounds out of range [3:1:]
// runtime error: slice bounds out of range [-1::]
// runtime error: slice bounds out of range [:3:2]
