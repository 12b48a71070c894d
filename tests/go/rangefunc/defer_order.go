package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator's own defer")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func run() {
	defer fmt.Println("run: deferred before the loop")
	for x := range upTo(3) {
		defer fmt.Println("body deferred", x)
		fmt.Println("body", x)
	}
	defer fmt.Println("run: deferred after the loop")
	fmt.Println("run returns")
}

func main() {
	run()
	fmt.Println("main goes on")
}

// Output:
// body 0
// body 1
// body 2
// iterator's own defer
// run returns
// run: deferred after the loop
// body deferred 2
// body deferred 1
// body deferred 0
// run: deferred before the loop
// main goes on
