// slices.Replace out of range panics with the runtime's bounds message.
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
	s := []int{1, 2, 3}
	try(func() { slices.Replace(s, 1, 4, 9) })
	try(func() { slices.Replace(s, 2, 1, 9) })
	fmt.Println(s)
}

// Output:
// runtime error: slice bounds out of range [:4] with capacity 3
// runtime error: slice bounds out of range [2:1]
// [1 2 3]
