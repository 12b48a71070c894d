// A return inside a loop over a user iterator stops the iterator and returns the value.
package main

import (
	"fmt"
	"iter"
)

func words() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		defer fmt.Println("words: cleanup")
		for i, w := range []string{"go", "is", "fun"} {
			if !yield(i, w) {
				return
			}
		}
	}
}

func find(target string) (int, bool) {
	for i, w := range words() {
		if w == target {
			return i, true
		}
	}
	return -1, false
}

func main() {
	fmt.Println(find("is"))
	fmt.Println(find("no"))
}

// Output:
// words: cleanup
// 1 true
// words: cleanup
// -1 false
