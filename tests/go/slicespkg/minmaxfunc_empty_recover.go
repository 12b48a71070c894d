// The panics of MinFunc and MaxFunc on an empty slice, recovered and printed.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	try(func() { slices.MinFunc([]int{}, cmp.Compare[int]) })
	try(func() { slices.MaxFunc([]int(nil), cmp.Compare[int]) })
}

// Output:
// recovered: slices.MinFunc: empty list
// recovered: slices.MaxFunc: empty list
