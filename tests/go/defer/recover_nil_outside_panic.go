package main

import "fmt"

func main() {
	fmt.Println(recover())
	defer func() {
		fmt.Println("deferred, no panic:", recover())
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
		}()
		panic(42)
	}()
	fmt.Println("continues")
}

// Output:
// <nil>
// inner recovered: 42
// continues
// deferred, no panic: <nil>
