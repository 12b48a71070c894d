package main

import "fmt"

func naturals(yield func(int) bool) {
	for i := 0; ; i++ {
		fmt.Println("yielding", i)
		if !yield(i) {
			fmt.Println("iterator stops at", i)
			return
		}
	}
}

func main() {
	for x := range naturals {
		if x == 2 {
			break
		}
		fmt.Println("body", x)
	}
	fmt.Println("after loop")
}

// Output:
// yielding 0
// body 0
// yielding 1
// body 1
// yielding 2
// iterator stops at 2
// after loop
