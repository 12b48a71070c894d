package main

import "fmt"

type P struct{ X int }

func main() {
	vals := []any{1, "two", 3.0, true, nil, P{4}, &P{5}, []int{6}, map[string]int{"seven": 7}}
	for _, v := range vals {
		fmt.Printf("%v|%T\n", v, v)
	}
	fmt.Println(vals...)
}

// Output:
// 1|int
// two|string
// 3|float64
// true|bool
// <nil>|<nil>
// {4}|main.P
// &{5}|*main.P
// [6]|[]int
// map[seven:7]|map[string]int
// 1 two 3 true <nil> {4} &{5} [6] map[seven:7]
