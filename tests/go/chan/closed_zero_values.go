// A receive from a closed channel yields the element type's zero value.
package main

import "fmt"

type point struct {
	X, Y int
}

func main() {
	s := make(chan string)
	close(s)
	v, ok := <-s
	fmt.Printf("%q %v\n", v, ok)

	p := make(chan point)
	close(p)
	fmt.Printf("%+v\n", <-p)

	ptr := make(chan *point)
	close(ptr)
	fmt.Println(<-ptr == nil)

	e := make(chan error)
	close(e)
	fmt.Println(<-e)

	sl := make(chan []int)
	close(sl)
	fmt.Println(<-sl == nil)
}

// Output:
// "" false
// {X:0 Y:0}
// true
// <nil>
// true
