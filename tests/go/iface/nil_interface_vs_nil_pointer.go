package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

func get(fail bool) error {
	var p *E
	if fail {
		return p
	}
	return nil
}

func main() {
	var i interface{}
	fmt.Println(i == nil)
	var p *int
	i = p
	fmt.Println(i == nil, p == nil)
	fmt.Println(get(false) == nil, get(true) == nil)
	fmt.Printf("%v %T\n", i, i)
}

// Output:
// true
// false true
// true false
// <nil> *int
