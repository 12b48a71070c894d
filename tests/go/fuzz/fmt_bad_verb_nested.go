package main

// Found by tests/difffuzz: a bad verb keeps its width and flags, maps and
// pointers at the top level print their elements with any verb, and a nil
// interface element prints <nil> unpadded.

import "fmt"

type S struct{ A []int }

func main() {
	fmt.Printf("%5d|%+e|%#d\n", 3.0, "x", 2.5)
	fmt.Printf("%o|%x|%d\n", map[string]int{"a": 1, "b": 2}, map[int][]string{2: {"z"}, -1: nil}, map[int]bool(nil))
	fmt.Printf("%g|%6t|%q|%d\n", []any{1, "a", nil}, []any{nil, 1}, []error{nil}, &[]int{1, 2})
	fmt.Printf("%d|%x|%#v|%v\n", &S{[]int{3}}, &map[string]int{"k": 10}, map[string]int(nil), []any{nil})
	fmt.Printf("%s|%#v\n", []any{nil, error(nil)}, map[int]any{1: nil})
}

// Output:
// %!d(float64=    3)|%!e(string=x)|%!d(float64=2.50000)
// map[%!o(string=a):1 %!o(string=b):2]|map[-1:[] 2:[7a]]|map[]
// [%!g(int=1) %!g(string=a) <nil>]|[<nil> %!t(int=     1)]|[<nil>]|&[1 2]
// &{[3]}|&map[6b:a]|map[string]int(nil)|[<nil>]
// [<nil> <nil>]|map[int]interface {}{1:interface {}(nil)}
