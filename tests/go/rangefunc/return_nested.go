package main

import "fmt"

func upTo(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println(name, "done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (int, int) {
	for i := range upTo("rows", 5) {
		for j := range upTo("cols", 5) {
			if i*j == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	fmt.Println(find(6))
	fmt.Println(find(99))
}

// Output:
// cols done
// cols done
// cols done
// rows done
// 2 3
// cols done
// cols done
// cols done
// cols done
// cols done
// rows done
// -1 -1
