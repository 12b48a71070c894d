package main

import "fmt"

func main() {
	switch x := 5 * 2; x {
	case 10:
		fmt.Println("ten")
	default:
		fmt.Println("not ten")
	}
	switch y := 3; {
	case y > 2:
		fmt.Println("y > 2")
	}
	s := "b"
	switch s + "c" {
	case "ac":
		fmt.Println("ac")
	case "bc":
		fmt.Println("bc")
	}
}

// Output:
// ten
// y > 2
// bc
