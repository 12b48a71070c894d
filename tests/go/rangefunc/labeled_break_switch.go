package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func classify(v int) {
Sw:
	switch {
	case v > 0:
		for x := range upTo(10) {
			if x == v {
				fmt.Println("reached", v)
				break Sw
			}
		}
		fmt.Println("not reached for", v)
	default:
		fmt.Println("non-positive")
	}
	fmt.Println("after switch")
}

func main() {
	classify(2)
	classify(20)
	classify(0)
}

// Output:
// reached 2
// stopped at 2
// after switch
// not reached for 20
// after switch
// non-positive
// after switch
