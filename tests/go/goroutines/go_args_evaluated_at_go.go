// The function value and the arguments of a go statement are evaluated in the
// calling goroutine, when the go statement runs; later changes do not reach
// the new goroutine.
package main

import "fmt"

func show(prefix string, n int, out chan string) {
	out <- fmt.Sprint(prefix, n)
}

func arg(n int) int {
	fmt.Println("evaluating arg", n)
	return n
}

func main() {
	out := make(chan string)
	x := 1
	f := show
	go f("x=", x, out)
	x = 2
	f = nil
	fmt.Println(<-out)

	go show("arg=", arg(10), out)
	fmt.Println("after go statement")
	fmt.Println(<-out)
	fmt.Println("x now", x, f == nil)
}

// Output:
// x=1
// evaluating arg 10
// after go statement
// arg=10
// x now 2 true
