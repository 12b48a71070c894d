package main

import "fmt"

type P struct{ A int }

func main() {
	p := &P{1}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	pp := []*P{}
	fmt.Println(len(pp))
	s := &[]int{1, 2}
	fmt.Println(s)
	m := &map[string]int{"a": 1}
	fmt.Println(m)
	arr := &[2]string{"x", "y"}
	fmt.Println(arr)
}

// Output:
// &{1}
// &{1} &{A:1}
// 0
// &[1 2]
// &map[a:1]
// &[x y]
