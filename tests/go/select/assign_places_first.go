package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 1
	var ok [3]bool
	i := 0
	select {
	case i, ok[i] = <-c:
	}
	fmt.Println(i, ok)
	var v any
	var okv any
	c <- 5
	select {
	case v, okv = <-c:
	}
	fmt.Println(v, okv)
	c <- 6
	select {
	case v = <-c:
	default:
	}
	fmt.Println(v)
	a := []int{0, 0}
	j := 0
	c <- 1
	v2, ok2 := 0, false
	x := <-c
	j, a[j] = x, 9
	fmt.Println(j, a, v2, ok2)
}

// Output:
// 1 [true false false]
// 5 true
// 6
// 1 [9 0] 0 false
