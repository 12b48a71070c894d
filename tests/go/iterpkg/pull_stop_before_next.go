// iter.Pull: calling stop before next means the sequence never runs.
package main

import (
	"fmt"
	"iter"
)

func main() {
	started := false
	next, stop := iter.Pull(iter.Seq[string](func(yield func(string) bool) {
		started = true
		yield("x")
	}))
	stop()
	v, ok := next()
	fmt.Printf("%q %v %v\n", v, ok, started)
}

// Output:
// "" false false
