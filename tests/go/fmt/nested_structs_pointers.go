package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Tree struct {
	Name   string
	Kids   []*Tree
	Attrs  map[string]int
	Parent *Tree
}

func main() {
	n := &Node{1, &Node{2, nil}}
	fmt.Println(n.Val, n.Next.Val, n.Next.Next)
	fmt.Printf("%v\n", *n.Next)
	t := Tree{Name: "root", Attrs: map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	inner := struct {
		P struct{ A, B int }
		S []struct{ C string }
	}{}
	inner.S = append(inner.S, struct{ C string }{"c"})
	fmt.Printf("%v %+v\n", inner, inner)
}

// Output:
// 1 2 <nil>
// {2 <nil>}
// {root [] map[a:1 b:2] <nil>}
// {Name:root Kids:[] Attrs:map[a:1 b:2] Parent:<nil>}
// {{0 0} [{c}]} {P:{A:0 B:0} S:[{C:c}]}
