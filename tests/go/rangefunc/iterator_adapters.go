package main

import (
	"fmt"
	"strings"
)

type Seq func(yield func(string) bool)

func fields(s string) Seq {
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(s) {
			if !yield(w) {
				return
			}
		}
	}
}

func filter(s Seq, keep func(string) bool) Seq {
	return func(yield func(string) bool) {
		for w := range s {
			if keep(w) && !yield(w) {
				return
			}
		}
	}
}

func take(s Seq, n int) Seq {
	return func(yield func(string) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for w := range s {
			if !yield(w) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func collect(s Seq) []string {
	var out []string
	for w := range s {
		out = append(out, w)
	}
	return out
}

func main() {
	text := "the quick brown fox jumps over the lazy dog"
	long := func(w string) bool { return len(w) > 3 }
	fmt.Println(collect(filter(fields(text), long)))
	fmt.Println(collect(take(filter(fields(text), long), 2)))
	fmt.Println(collect(take(fields(text), 0)))
}

// Output:
// [quick brown jumps over lazy]
// [quick brown]
// []
