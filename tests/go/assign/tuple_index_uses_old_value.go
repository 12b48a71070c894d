// In a tuple assignment the index operands on the left are evaluated
// before any store: i, a[i] = 1, 2 stores into the old a[i].
package main

import "fmt"

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 2
	fmt.Println(i, a)
}

// Output:
// 1 [2 0 0]
