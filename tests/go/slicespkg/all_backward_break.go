// slices.All and slices.Backward stop when the loop breaks.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "b", "c", "d", "e"}
	for i, v := range slices.All(s) {
		if i == 2 {
			break
		}
		fmt.Println(i, v)
	}
	for i, v := range slices.Backward(s) {
		if v == "b" {
			break
		}
		fmt.Println(i, v)
	}
	for i := range slices.Backward([]int(nil)) {
		fmt.Println("never", i)
	}
	for i := range slices.All(s[3:]) {
		fmt.Print(i, " ")
	}
	fmt.Println()
}

// Output:
// 0 a
// 1 b
// 4 e
// 3 d
// 2 c
// 0 1 
