// A plain func literal converts to iter.Seq and iter.Seq2, and ranges either way.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func main() {
	f := func(yield func(string) bool) {
		_ = yield("x") && yield("y")
	}
	seq := iter.Seq[string](f)
	fmt.Println(slices.Collect(seq), slices.Collect(iter.Seq[string](f)))
	fmt.Printf("%T\n", seq)
	var pairs iter.Seq2[string, int] = func(yield func(string, int) bool) {
		yield("one", 1)
	}
	for k, v := range pairs {
		fmt.Println(k, v)
	}
	fmt.Printf("%T\n", pairs)
}

// Output:
// [x y] [x y]
// iter.Seq[string]
// one 1
// iter.Seq2[string,int]
