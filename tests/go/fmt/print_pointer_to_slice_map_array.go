package main

import "fmt"

func main() {
	s := &[]int{1, 2}
	fmt.Println(s)
	a := &[2]string{"x", "y"}
	fmt.Println(a)
	m := &map[string]int{"k": 1}
	fmt.Println(m)
}

// Output:
// &[1 2]
// &[x y]
// &map[k:1]
