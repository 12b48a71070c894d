// Every sync.Map method that takes a key panics for an unhashable one,
// in the runtime error form, also while the map is empty.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	for _, f := range []func(){
		func() { m.Load([]int{1}) },
		func() { m.Delete([]int{1}) },
		func() { m.LoadOrStore([]int{1}, 1) },
		func() { m.Swap([]int{1}, 1) },
		func() { m.CompareAndSwap([]int{1}, 1, 2) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}

// Output:
// recovered: runtime error: hash of unhashable type []int
// recovered: runtime error: hash of unhashable type []int
// recovered: runtime error: hash of unhashable type []int
// recovered: runtime error: hash of unhashable type []int
// recovered: runtime error: hash of unhashable type []int
