package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		if i == 1 {
			i += 2
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range 3 {
		i *= 10
		fmt.Print(i, " ")
	}
	fmt.Println()
}

// Output:
// 0 3 4 
// 0 10 20 
