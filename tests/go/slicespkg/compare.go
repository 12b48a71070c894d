// slices.Compare orders slices element by element, then by length.
package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	fmt.Println(slices.Compare(names, []string{"Alice", "Bob", "Xena"}))
	fmt.Println(slices.Compare(names, []string{"Alice", "Bob"}))
	fmt.Println(slices.Compare(names, []string{"Alice", "Bob", "Vera", "Zed"}))
	fmt.Println(slices.Compare(names, names))
	fmt.Println(slices.Compare([]int(nil), []int{}))
}

// Output:
// -1
// 1
// -1
// 0
// 0
