// slices.SortFunc ordering structs by two keys with cmp.Compare and cmp.Or.
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
	ps := []person{{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"Alice", 20}}
	slices.SortFunc(ps, func(a, b person) int {
		return cmp.Or(cmp.Compare(a.name, b.name), cmp.Compare(a.age, b.age))
	})
	fmt.Println(ps)
	slices.SortFunc(ps, func(a, b person) int { return b.age - a.age })
	fmt.Println(ps)
}

// Output:
// [{Alice 20} {Alice 55} {Bob 24} {Gopher 13}]
// [{Alice 55} {Bob 24} {Alice 20} {Gopher 13}]
