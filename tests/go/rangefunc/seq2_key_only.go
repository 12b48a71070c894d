package main

import "fmt"

func squares(yield func(int, int) bool) {
	for i := 1; i <= 4; i++ {
		if !yield(i, i*i) {
			return
		}
	}
}

func main() {
	for k := range squares {
		fmt.Print(k, " ")
	}
	fmt.Println()
	for _, v := range squares {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for range squares {
		fmt.Print(".")
	}
	fmt.Println()
}

// Output:
// 1 2 3 4 
// 1 4 9 16 
// ....
