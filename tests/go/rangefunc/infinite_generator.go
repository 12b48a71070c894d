package main

import "fmt"

// fib never ends by itself.
func fib(yield func(int) bool) {
	a, b := 0, 1
	for yield(a) {
		a, b = b, a+b
	}
}

func main() {
	for x := range fib {
		if x > 1000 {
			fmt.Println("first over 1000:", x)
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
	n := 0
	for range fib {
		n++
		if n == 90 {
			break
		}
	}
	fmt.Println(n)
}

// Output:
// 0 1 1 2 3 5 8 13 21 34 55 89 144 233 377 610 987 first over 1000: 1597
//
// 90
