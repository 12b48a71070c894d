// slices.BinarySearchFunc with a target of a different type than the elements.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"Alice", 55}, {"Bob", 24}, {"Gopher", 13}}
	byName := func(p person, name string) int { return cmp.Compare(p.name, name) }
	fmt.Println(slices.BinarySearchFunc(people, "Bob", byName))
	fmt.Println(slices.BinarySearchFunc(people, "Carl", byName))
	fmt.Println(slices.BinarySearchFunc(people, "Zoe", byName))
}

// Output:
// 1 true
// 2 false
// 3 false
