package main

import "fmt"

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m)
	n := map[int]string{3: "c", -1: "neg", 10: "ten", 2: "b"}
	fmt.Println(n)
	fmt.Printf("%v\n", map[bool]int{true: 1, false: 0})
	var empty map[string]int
	fmt.Println(empty, len(empty))
	fmt.Println(map[float64]string{2.5: "x", -1: "y"})
}

// Output:
// map[alpha:1 mid:13 zeta:26]
// map[-1:neg 2:b 3:c 10:ten]
// map[false:0 true:1]
// map[] 0
// map[-1:y 2.5:x]
