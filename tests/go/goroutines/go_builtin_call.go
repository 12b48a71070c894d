// A go statement may call some built-in functions, such as close.
package main

import "fmt"

func main() {
	c := make(chan int)
	go close(c)
	v, ok := <-c
	fmt.Println(v, ok)
}

// Output:
// 0 false
