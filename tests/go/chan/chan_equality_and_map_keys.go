// Channels are comparable: equal when made by the same make; usable as map
// keys; a nil channel equals nil.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	a2 := a
	var n chan int
	fmt.Println(a == a2, a == b, n == nil, a == nil)

	names := map[chan int]string{a: "a", b: "b"}
	fmt.Println(names[a2], names[b], len(names))
	_, ok := names[n]
	fmt.Println(ok)
}

// Output:
// true false true false
// a b 2
// false
