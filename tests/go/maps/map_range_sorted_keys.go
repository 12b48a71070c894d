package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"carol": 35, "alice": 30, "bob": 25, "dave": 40}
	var names []string
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ages[n])
	}
	sum := 0
	for _, v := range ages {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// alice 30
// bob 25
// carol 35
// dave 40
// 130
