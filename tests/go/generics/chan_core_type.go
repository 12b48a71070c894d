// A type parameter with a channel core type: C ~chan E, sent to and drained.
package main

import "fmt"

func Fill[C ~chan E, E any](c C, vs ...E) C {
	for _, v := range vs {
		c <- v
	}
	close(c)
	return c
}

func Drain[C ~chan E, E any](c C) []E {
	var r []E
	for v := range c {
		r = append(r, v)
	}
	return r
}

type jobs chan int

func main() {
	j := Fill(make(jobs, 3), 1, 2, 3)
	fmt.Printf("%T %d\n", j, len(j))
	fmt.Println(Drain(j))
}

// Output:
// main.jobs 3
// [1 2 3]
