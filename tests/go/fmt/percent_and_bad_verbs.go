package main

import "fmt"

func main() {
	fmt.Printf("100%%\n")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Println(fmt.Sprintf("%t", 1))
}

// Output:
// 100%
// %!d(string=str) %!s(int=5)
// %!d(MISSING)
// 1
// %!(EXTRA int=2)%!!(MISSING)
// %!z(int=3)
// %!t(int=1)
