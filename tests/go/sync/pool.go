// Pool: Get calls New when empty, returns what was Put, and gives nil with
// no New; Put(nil) is ignored.
package main

import (
	"fmt"
	"sync"
)

func main() {
	made := 0
	p := sync.Pool{New: func() any {
		made++
		return fmt.Sprint("new", made)
	}}
	fmt.Println(p.Get())
	p.Put("recycled")
	fmt.Println(p.Get())
	fmt.Println(p.Get())
	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put(nil)
	fmt.Println(empty.Get())
	fmt.Println("New called", made, "times")
}

// Output:
// new1
// recycled
// new2
// <nil>
// <nil>
// New called 2 times
