package main

import "fmt"

func main() {
	m := map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6}
	fmt.Println(m)
}

// Output:
// map[a:3 b:1 1:4 2:2 2.5:5 true:6]
