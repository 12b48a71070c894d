// iter.Pull: after the sequence ends, next keeps returning the zero value and false.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func main() {
	next, stop := iter.Pull(slices.Values([]string{"a", "b"}))
	defer stop()
	for i := 0; i < 5; i++ {
		v, ok := next()
		fmt.Printf("%q %v\n", v, ok)
	}
	type pt struct{ x, y int }
	n2, s2 := iter.Pull(slices.Values([]pt{{1, 2}}))
	fmt.Println(n2())
	fmt.Println(n2())
	fmt.Println(n2())
	s2()
}

// Output:
// "a" true
// "b" true
// "" false
// "" false
// "" false
// {1 2} true
// {0 0} false
// {0 0} false
