package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	total := 0
	names := []string{}
	add := func(s string) { names = append(names, s) }
	for x := range upTo(4) {
		total += x
		add(fmt.Sprint("n", x))
	}
	fmt.Println(total, names)
	for i := 0; i < 2; i++ {
		for x := range upTo(2) {
			defer func() { fmt.Println("i, x =", i, x) }()
		}
	}
}

// Output:
// 6 [n0 n1 n2 n3]
// i, x = 1 1
// i, x = 1 0
// i, x = 0 1
// i, x = 0 0
