// The built-in println shows a channel as its address: 0x0 when nil.
package main

func main() {
	var n chan int
	c := make(chan bool)
	println(n)
	println(c)
}

// Stderr:
// ^0x0$
// ^0x[0-9a-f]+$
// Output:
