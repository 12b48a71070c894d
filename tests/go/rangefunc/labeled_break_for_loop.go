package main

import "fmt"

func upTo(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println(name, "stopped at", i)
				return
			}
		}
	}
}

func main() {
	k := 0
Loop:
	for {
		k++
		for i := range upTo("a", 3) {
			for j := range upTo("b", 3) {
				if k == 2 && i == 1 && j == 1 {
					break Loop
				}
			}
		}
		fmt.Println("round", k, "done")
	}
	fmt.Println("left after round", k)
}

// Output:
// round 1 done
// b stopped at 1
// a stopped at 1
// left after round 2
