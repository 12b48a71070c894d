// cmp.Or chains comparisons: sort by last name, then first name, then age.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type person struct {
	first, last string
	age         int
}

func main() {
	ps := []person{
		{"Ann", "Lee", 40},
		{"Bob", "Kim", 30},
		{"Ann", "Lee", 22},
		{"Cy", "Kim", 30},
		{"Al", "Lee", 50},
	}
	slices.SortFunc(ps, func(a, b person) int {
		return cmp.Or(
			cmp.Compare(a.last, b.last),
			cmp.Compare(a.first, b.first),
			cmp.Compare(a.age, b.age),
		)
	})
	for _, p := range ps {
		fmt.Println(p.last, p.first, p.age)
	}
}

// Output:
// Kim Bob 30
// Kim Cy 30
// Lee Al 50
// Lee Ann 22
// Lee Ann 40
