package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	In  Inner
	Ptr *Inner
	Lst []Inner
	M   map[string]Inner
}

func main() {
	o := Outer{Inner{1, "x"}, &Inner{2, "y"}, []Inner{{3, "z"}}, map[string]Inner{"k": {4, "w"}}}
	s := fmt.Sprintf("%v", o)
	fmt.Println(s[:len("{{1 x} 0x")])
	fmt.Printf("%v\n", o.Lst)
	fmt.Printf("%+v\n", o.M)
	fmt.Printf("%v %+v\n", *o.Ptr, o.Ptr)
	fmt.Printf("%#v\n", o.In)
}

// Output:
// {{1 x} 0x
// [{3 z}]
// map[k:{A:4 B:w}]
// {2 y} &{A:2 B:y}
// main.Inner{A:1, B:"x"}
