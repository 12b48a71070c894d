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

func main() {
	defer fmt.Println("main's defer")
	for x := range upTo(2) {
		func() {
			defer fmt.Println("literal's defer", x)
			fmt.Println("literal", x)
		}()
		fmt.Println("body after literal", x)
	}
	fmt.Println("main ends")
}

// Output:
// literal 0
// literal's defer 0
// body after literal 0
// literal 1
// literal's defer 1
// body after literal 1
// main ends
// main's defer
