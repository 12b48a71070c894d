package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people[0], people[3].Age)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return xs[i] > xs[j] })
	fmt.Println(xs)
}

// Output:
// {Carol 35} 25
// [{Alice 30} {Bob 25} {Carol 35} {Dan 25}]
// [3 2 1]
