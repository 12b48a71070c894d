package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...string) string {
	return fmt.Sprint(prefix, len(vals), vals, vals == nil)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(describe("n="))
	fmt.Println(describe("n=", "a", "b"))
}

// Output:
// 0 1 6
// 15
// n=0 [] true
// n=2 [a b] false
