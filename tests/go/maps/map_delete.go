package main

import "fmt"

func main() {
	m := map[int]bool{1: true, 2: true, 3: true}
	delete(m, 2)
	fmt.Println(len(m), m[2])
	delete(m, 99)
	fmt.Println(len(m))
	_, ok := m[1]
	fmt.Println(ok)
	var nilm map[int]bool
	delete(nilm, 1)
	fmt.Println("delete on nil map ok")
}

// Output:
// 2 false
// 2
// true
// delete on nil map ok
