package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	fmt.Println(a[5])
}

// Exit: 2
// Stderr:
// constant_index_out_of_range\.go:7:16: invalid argument: index 5 out of bounds \[0:3\]$
// Output:
