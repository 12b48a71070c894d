package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println("Hello, 世界")
	fmt.Println(fib(30))
	x := 3
	var s string = "abc"
	fmt.Printf("%d %s %5.2f|%-4d|%q\n", x, s, 3.14159, 7, s)
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, v := range []string{"a", "b"} {
		fmt.Println(i, v)
	}
}
