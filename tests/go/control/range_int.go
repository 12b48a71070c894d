package main

import "fmt"

func main() {
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 3 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var u uint8 = 3
	for i := range u {
		fmt.Printf("%T %d\n", i, i)
	}
}

// Output:
// 0 1 2 3 
// 3
// uint8 0
// uint8 1
// uint8 2
