// slices.MinFunc and MaxFunc return the first of several equal extremes.
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
	people := []person{{"Gopher", 13}, {"Bob", 5}, {"Vera", 24}, {"Bill", 5}, {"Zed", 24}}
	byAge := func(a, b person) int { return cmp.Compare(a.age, b.age) }
	fmt.Println(slices.MinFunc(people, byAge))
	fmt.Println(slices.MaxFunc(people, byAge))
}

// Output:
// {Bob 5}
// {Vera 24}
