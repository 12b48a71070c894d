// iter.Pull is lazy: the sequence runs only up to the value next asks for.
package main

import (
	"fmt"
	"iter"
)

func main() {
	seq := func(yield func(int) bool) {
		for i := 1; i <= 3; i++ {
			fmt.Println("  producing", i)
			if !yield(i * 10) {
				return
			}
		}
		fmt.Println("  producer finished")
	}
	next, stop := iter.Pull(iter.Seq[int](seq))
	defer stop()
	fmt.Println("pulled nothing yet")
	for {
		v, ok := next()
		fmt.Println("next ->", v, ok)
		if !ok {
			break
		}
	}
}

// Output:
// pulled nothing yet
//   producing 1
// next -> 10 true
//   producing 2
// next -> 20 true
//   producing 3
// next -> 30 true
//   producer finished
// next -> 0 false
