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

func run() (log []string) {
	defer func() { log = append(log, "first defer") }()
	for i := range upTo(2) {
		for j := range upTo(2) {
			defer func() { log = append(log, fmt.Sprint("inner ", i, j)) }()
		}
		defer func() { log = append(log, fmt.Sprint("outer ", i)) }()
	}
	return []string{"returned"}
}

func main() {
	for _, s := range run() {
		fmt.Println(s)
	}
}

// Output:
// returned
// outer 1
// inner 1 1
// inner 1 0
// outer 0
// inner 0 1
// inner 0 0
// first defer
