// A key of a type that cannot be hashed panics, as with a Go map; the Map
// stays usable afterwards.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, "slice")
	}()
	m.Store("ok", 1)
	fmt.Println(m.Load("ok"))
}

// Output:
// recovered: runtime error: hash of unhashable type []int
// 1 true
