package main

import "fmt"

type T struct{ name string }

func (t *T) String() string { return "T(" + t.name + ")" }

func main() {
	t := T{"x"}
	fmt.Println(&t)
	fmt.Println(t)
	fmt.Printf("%v %+v\n", &t, t)
}

// Output:
// T(x)
// {x}
// T(x) {name:x}
