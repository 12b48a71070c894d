package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, "x", 2))
	fmt.Println(fmt.Sprint(nil, nil, []int{1}, []int{2}))
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Println(fmt.Sprintln("a", 1) == "a 1\n")
}

// Output:
// 1 2 3
// a1 2bc3.5 true false
// 1x2
// <nil> <nil> [1] [2]
// 1 2
// x1
// true
