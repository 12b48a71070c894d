package main

import (
	"cmp"
	"fmt"
	"math"
)

type Celsius float64

func main() {
	nan := math.NaN()
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan))
	fmt.Println(cmp.Less(nan, 1.0), cmp.Less(1.0, nan), cmp.Less(Celsius(-1), Celsius(0)))
	fmt.Println(cmp.Compare(math.Copysign(0, -1), 0))
	fmt.Printf("%q %d %q\n", cmp.Or("", "", "x", "y"), cmp.Or(0, 0), cmp.Or[string]())
}


// Output:
// -1 1 0
// -1 1 0
// true false true
// 0
// "x" 0 ""
