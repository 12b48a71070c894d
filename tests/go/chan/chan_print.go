// Printing a channel shows its address; a nil channel prints <nil>.
package main

import "fmt"

func main() {
	c := make(chan int)
	var n chan int
	fmt.Println(c)
	fmt.Println(n)
	fmt.Printf("%v %T\n", n, n)
	fmt.Println(fmt.Sprint(c) == fmt.Sprintf("%p", c))
}

// Output (regexp):
// 0x[0-9a-f]+
// <nil>
// <nil> chan int
// true
