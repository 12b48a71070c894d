// The receive forms of select cases: <-c, v := <-c, v, ok := <-c,
// v = <-c, v, ok = <-c into a map entry, and a case variable captured by
// a closure.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	m := map[string]int{}
	var v int
	var ok bool
	var fs []func() int
	for i := 0; i < 6; i++ {
		c <- i * 10
		if i == 5 {
			close(c)
		}
		switch i {
		case 0:
			select {
			case <-c:
				fmt.Println("discarded")
			}
		case 1:
			select {
			case x := <-c:
				fmt.Println("x", x)
			}
		case 2:
			select {
			case x, ok := <-c:
				fmt.Println("x ok", x, ok)
			}
		case 3:
			select {
			case v = <-c:
			}
			fmt.Println("v", v)
		case 4:
			select {
			case m["k"], ok = <-c:
			}
			fmt.Println("m", m, ok)
		case 5:
			select {
			case x := <-c:
				fs = append(fs, func() int { return x })
			}
			select {
			case x, ok := <-c:
				fmt.Println("closed", x, ok)
			}
		}
	}
	fmt.Println(fs[0]())
}

// Output:
// discarded
// x 10
// x ok 20 true
// v 30
// m map[k:40] true
// closed 0 false
// 50
