package main

import "fmt"

func enumerate(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func main() {
	for i, w := range enumerate([]string{"alpha", "beta", "gamma"}) {
		fmt.Printf("%d:%s\n", i, w)
	}
}

// Output:
// 0:alpha
// 1:beta
// 2:gamma
