package main

import "fmt"

type P struct {
	X int
	S string
	F []float64
}

func main() {
	fmt.Printf("%#v\n", P{1, "a", []float64{1.5}})
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", "str")
	fmt.Printf("%#v\n", 42)
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", [2]bool{true, false})
	fmt.Printf("%#v\n", &P{})
	var np *P
	fmt.Printf("%#v\n", np)
	fmt.Printf("%#v\n", []string(nil))
	fmt.Printf("%#v\n", struct{ A any }{nil})
}

// Output:
// main.P{X:1, S:"a", F:[]float64{1.5}}
// []int{1, 2}
// "str"
// 42
// map[string]int{"a":1, "b":2}
// [2]bool{true, false}
// &main.P{X:0, S:"", F:[]float64(nil)}
// (*main.P)(nil)
// []string(nil)
// struct { A interface {} }{A:interface {}(nil)}
