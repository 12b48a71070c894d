package main

import "fmt"

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	var i I = &T{}
	v := i.(T)
	fmt.Println(v)
}

// Exit: 2
// Stderr:
// impossible_type_assertion\.go:12:7: impossible type assertion: i\.\(T\)$
// ^\tT does not implement I \(method M has pointer receiver\)$
// Output:
