package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)
	a, b := 17, 5
	fmt.Println(a/b*b+a%b == a)
	var u uint = 17
	fmt.Println(u/5, u%5)
	fmt.Println(7.0/2, 1/2, 1.0/2)
}

// Output:
// 3 -3 -3 3
// 1 -1 1 -1
// true
// 3 2
// 3.5 0 0.5
