package main

import "fmt"

func main() {
	m := map[any]string{}
	m[1] = "int"
	m["1"] = "string"
	m[1.0] = "float"
	m[int8(1)] = "int8"
	fmt.Println(len(m), m[1], m["1"], m[1.0], m[int8(1)])
	_, ok := m[int16(1)]
	fmt.Println(ok)
}

// Output:
// 4 int string float int8
// false
