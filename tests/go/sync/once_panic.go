// If f panics, Do considers it done: later calls do not call f again.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("first call fails") })
	}()
	once.Do(func() { fmt.Println("never runs") })
	fmt.Println("second Do returned")
	var other sync.Once
	other.Do(func() { fmt.Println("a fresh Once runs f") })
}

// Output:
// recovered: first call fails
// second Do returned
// a fresh Once runs f
