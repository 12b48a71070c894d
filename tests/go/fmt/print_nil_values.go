package main

import "fmt"

type T struct {
	P *int
	S []int
	M map[string]int
	F func()
	I any
	E error
}

func main() {
	var t T
	fmt.Println(t.P, t.S, t.M, t.I, t.E)
	fmt.Printf("%v\n", t.S)
	fmt.Printf("%+v\n", T{})
	fmt.Printf("[%v] [%d] [%s]\n", nil, []int(nil), []string(nil))
	var e error
	fmt.Printf("%v\n", e)
}

// Output:
// <nil> [] map[] <nil> <nil>
// []
// {P:<nil> S:[] M:map[] F:<nil> I:<nil> E:<nil>}
// [<nil>] [[]] [[]]
// <nil>
