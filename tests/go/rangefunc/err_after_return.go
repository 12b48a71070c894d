package main

import "fmt"

func stubborn(yield func(string) bool) {
	for _, s := range []string{"a", "b", "c"} {
		yield(s)
	}
}

func first() string {
	for s := range stubborn {
		return s
	}
	return ""
}

func main() {
	fmt.Println(first())
}

// Exit: 2
// Stderr:
// ^panic: runtime error: range function continued iteration after function for loop body returned false$
// ^main\.stubborn\(
// Output:
