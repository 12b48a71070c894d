// v, ok = <-c into existing variables, map entries, struct fields and the
// blank identifier; <-c in expressions and as a statement.
package main

import "fmt"

type box struct {
	v  int
	ok bool
}

func main() {
	c := make(chan int, 10)
	for i := 1; i <= 6; i++ {
		c <- i
	}
	var v int
	var ok bool
	v, ok = <-c
	fmt.Println(v, ok)

	m := map[string]int{}
	m["x"], ok = <-c
	fmt.Println(m, ok)

	var b box
	b.v, b.ok = <-c
	fmt.Println(b)

	_, ok = <-c
	<-c
	fmt.Println(ok, <-c+100, len(c))

	close(c)
	v, ok = <-c
	fmt.Println(v, ok)
	var x any
	x, ok = <-c
	fmt.Println(x, ok)
}

// Output:
// 1 true
// map[x:2] true
// {3 true}
// true 106 0
// 0 false
// 0 false
