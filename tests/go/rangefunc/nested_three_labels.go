package main

import "fmt"

func upTo(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(" ", name, "stopped at", i)
				return
			}
		}
	}
}

func main() {
F:
	for i := range upTo("f", 3) {
	G:
		for j := range upTo("g", 3) {
			for k := range upTo("h", 3) {
				switch {
				case k == 1 && j == 0:
					continue G
				case k == 2 && j == 1:
					continue F
				case i == 2 && j == 2:
					break F
				case k == 0 && j == 2 && i == 1:
					break G
				}
				fmt.Println(i, j, k)
			}
		}
	}
	fmt.Println("done")
}

// Output:
// 0 0 0
//   h stopped at 1
// 0 1 0
// 0 1 1
//   h stopped at 2
//   g stopped at 1
// 1 0 0
//   h stopped at 1
// 1 1 0
// 1 1 1
//   h stopped at 2
//   g stopped at 1
// 2 0 0
//   h stopped at 1
// 2 1 0
// 2 1 1
//   h stopped at 2
//   g stopped at 1
// done
