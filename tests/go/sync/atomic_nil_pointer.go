// An atomic operation on a nil pointer is a nil pointer dereference.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *int64
	atomic.AddInt64(p, 1)
}

// Output:
// recovered: runtime error: invalid memory address or nil pointer dereference
