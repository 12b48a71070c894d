package main

import "fmt"

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var y any = "hello"
	fmt.Println(y.(string))
	var e any
	_, ok = e.(int)
	fmt.Println(ok)
}

// Output:
// 42 true
// "" false
// 0 false
// hello
// false
