// iter.Pull2 over a Seq2: pairs, then zero values and false after the end.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func main() {
	next, stop := iter.Pull2(slices.All([]string{"a", "b"}))
	defer stop()
	for i := 0; i < 4; i++ {
		k, v, ok := next()
		fmt.Printf("%d %q %v\n", k, v, ok)
	}
	m := map[string]int{"only": 1}
	n2, s2 := iter.Pull2(maps.All(m))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()
}

// Output:
// 0 "a" true
// 1 "b" true
// 0 "" false
// 0 "" false
// only 1 true
//  0 false
