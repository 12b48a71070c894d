// Channels of interfaces: concrete values are boxed when sent; a nil error
// travels as nil.
package main

import (
	"errors"
	"fmt"
)

type shape interface{ area() int }

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func main() {
	anyc := make(chan any, 4)
	anyc <- 1
	anyc <- "two"
	anyc <- 3.5
	anyc <- nil
	for i := 0; i < 4; i++ {
		v := <-anyc
		fmt.Printf("%v %T\n", v, v)
	}

	errc := make(chan error, 2)
	errc <- nil
	errc <- errors.New("boom")
	fmt.Println(<-errc == nil, <-errc)

	shapes := make(chan shape, 1)
	q := sq{3}
	shapes <- q
	q.s = 10
	fmt.Println((<-shapes).area())
}

// Output:
// 1 int
// two string
// 3.5 float64
// <nil> <nil>
// true boom
// 9
