// cmp.Or returns the first non-zero argument: defaults, structs and pointers.
package main

import (
	"cmp"
	"fmt"
	"os"
)

type point struct{ x, y int }

func main() {
	port := cmp.Or(os.Getenv("MINIGO_TEST_UNSET_PORT"), "8080")
	fmt.Println(port)
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or(0.0, -1.5), cmp.Or(false, true))
	fmt.Println(cmp.Or(point{}, point{0, 2}, point{1, 1}))
	a := 5
	var nilp *int
	fmt.Println(*cmp.Or(nilp, &a), cmp.Or[*int]() == nil)
	fmt.Println(cmp.Or[error](nil, nil) == nil)
}

// Output:
// 8080
// 3 -1.5 true
// {0 2}
// 5 true
// true
