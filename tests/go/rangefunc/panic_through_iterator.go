package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator unwinds")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	defer fmt.Println("main's defer runs")
	for x := range upTo(5) {
		if x == 2 {
			panic(fmt.Sprint("body panics at ", x))
		}
		fmt.Println("body", x)
	}
}

// Exit: 2
// Stderr:
// ^panic: body panics at 2$
// ^goroutine 1 \[running\]:$
// ^main\.main-range1\(
// panic_through_iterator\.go:20
// ^main\.main\.upTo\.func1\(|^main\.upTo\.func1\(
// ^main\.main\(\)$
// Output:
// body 0
// body 1
// iterator unwinds
// main's defer runs
