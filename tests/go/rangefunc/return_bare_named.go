package main

import "fmt"

func words(yield func(string) bool) {
	for _, w := range []string{"go", "is", "fun", "!"} {
		if !yield(w) {
			return
		}
	}
}

func join(limit int) (out string, n int) {
	for w := range words {
		if n == limit {
			return
		}
		out += w
		n++
	}
	out += "."
	return
}

func main() {
	fmt.Println(join(2))
	fmt.Println(join(10))
}

// Output:
// gois 2
// goisfun!. 4
