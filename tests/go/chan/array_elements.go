// A channel of arrays: each receive gets its own array.
package main

import "fmt"

func main() {
	c := make(chan [3]int, 2)
	a := [3]int{1, 2, 3}
	c <- a
	a[0] = 10
	c <- a
	x := <-c
	y := <-c
	x[2] = 30
	fmt.Println(x, y, a)
	close(c)
	z, ok := <-c
	fmt.Println(z, ok, len(z))
}

// Output:
// [1 2 30] [10 2 3] [10 2 3]
// [0 0 0] false 3
