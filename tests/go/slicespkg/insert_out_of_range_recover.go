// The panic of slices.Insert out of range is a runtime.Error.
package main

import (
	"fmt"
	"runtime"
	"slices"
)

func main() {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(isRuntime, r)
	}()
	slices.Insert([]string{"a"}, 2, "b")
}

// Output:
// true runtime error: slice bounds out of range [2:1]
