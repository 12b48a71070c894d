package main

import "fmt"

func main() {
	seen := map[[2]int]int{}
	pairs := [][2]int{{1, 2}, {3, 4}, {1, 2}, {1, 2}}
	for _, p := range pairs {
		seen[p]++
	}
	fmt.Println(len(seen), seen[[2]int{1, 2}], seen[[2]int{3, 4}])
	fmt.Println(seen)
}

// Output:
// 2 3 1
// map[[1 2]:3 [3 4]:1]
