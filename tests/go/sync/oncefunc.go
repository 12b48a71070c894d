// OnceFunc calls f on the first call only; if f panicked, every call
// panics with the same value.
package main

import (
	"fmt"
	"sync"
)

func main() {
	n := 0
	inc := sync.OnceFunc(func() { n++ })
	inc()
	inc()
	inc()
	fmt.Println("n =", n)

	tries := 0
	bad := sync.OnceFunc(func() {
		tries++
		panic(fmt.Sprintf("failure %d", tries))
	})
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("call", i, "panicked:", recover()) }()
			bad()
		}()
	}
	fmt.Println("f ran", tries, "time(s)")
}

// Output:
// n = 1
// call 0 panicked: failure 1
// call 1 panicked: failure 1
// call 2 panicked: failure 1
// f ran 1 time(s)
