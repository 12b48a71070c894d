package main

import "fmt"

func pair(a int) (int, string) { return a * 2, fmt.Sprint("n", a) }

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pick(at int) (int, string) {
	for x := range upTo(10) {
		if x == at {
			return pair(x)
		}
	}
	return 0, ""
}

func boxed(at int) (any, error) {
	for x := range upTo(10) {
		if x == at {
			return x, nil
		}
	}
	return "none", nil
}

func main() {
	fmt.Println(pick(4))
	fmt.Println(boxed(3))
	fmt.Println(boxed(30))
}

// Output:
// 8 n4
// 3 <nil>
// none <nil>
