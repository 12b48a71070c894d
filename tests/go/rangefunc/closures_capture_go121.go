package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// Under -lang=go1.21 the loop's := variables are shared by all
// iterations, as minigo does for the other range loops with that flag
// (real Go rejects range over func before go1.23).
func main() {
	var fs []func() int
	for x := range upTo(3) {
		fs = append(fs, func() int { return x * 10 })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	for k, v := range func(yield func(string, int) bool) { _ = yield("a", 1) && yield("b", 2) } {
		defer func() { fmt.Println("deferred sees", k, v) }()
	}
}

// Flags: -lang=go1.21
// Output:
// 20
// 20
// 20
// deferred sees b 2
// deferred sees b 2
