package main

import "fmt"

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

type rec struct{ k string }

func main() {
	m := map[string]int{}
	keys := make([]string, 3)
	n := 0
	var last rec
	for keys[n], m[keys[n]] = range pairs {
		n++
		if n == len(keys) {
			break
		}
	}
	fmt.Println(keys, len(m))
	for last.k = range pairs {
	}
	fmt.Println(last.k)
}

// Output:
// [a b c] 3
// c
