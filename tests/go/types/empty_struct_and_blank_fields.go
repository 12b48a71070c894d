package main

import "fmt"

type Empty struct{}

type P struct {
	A int
	_ int
	B int
}

func main() {
	var e Empty
	fmt.Println(e, Empty{} == e)
	set := map[string]struct{}{"a": {}, "b": {}}
	_, ok := set["a"]
	fmt.Println(len(set), ok)
	p := P{A: 1, B: 2}
	fmt.Println(p.A, p.B)
	fmt.Printf("%+v\n", p)
}

// Output:
// {} true
// 2 true
// 1 2
// {A:1 _:0 B:2}
