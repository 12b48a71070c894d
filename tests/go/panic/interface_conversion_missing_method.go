package main

import "fmt"

type Namer interface{ Name() string }

type T struct{}

func main() {
	var x any = T{}
	n := x.(Namer)
	fmt.Println(n)
}

// Exit: 2
// Stderr:
// ^panic: interface conversion: main\.T is not main\.Namer: missing method Name$
// ^goroutine 1 \[running\]:$
// Output:
