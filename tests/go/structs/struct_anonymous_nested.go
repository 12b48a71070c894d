package main

import "fmt"

type Inner struct{ V int }
type Outer struct {
	I   Inner
	Ptr *Inner
	Arr [2]Inner
}

func main() {
	o := Outer{I: Inner{1}, Ptr: &Inner{2}}
	o.Arr[1].V = 7
	o.Ptr.V++
	fmt.Println(o.I.V, o.Ptr.V, o.Arr)
	anon := struct {
		A string
		B int
	}{"x", 5}
	fmt.Println(anon, anon.A)
	fmt.Printf("%+v\n", anon)
}

// Output:
// 1 3 [{0} {7}]
// {x 5} x
// {A:x B:5}
