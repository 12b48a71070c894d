package main

import "fmt"

var counter int

func add(n int) { counter += n }

func main() {
	add(2)
	fmt.Println("hello from main, counter", counter)
}
