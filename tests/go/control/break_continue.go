package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, s := range []string{"x", "skip", "y", "stop", "z"} {
		switch s {
		case "skip":
			continue
		case "stop":
			break
		}
		fmt.Print(s)
	}
	fmt.Println()
}

// Output:
// 1 3 5 7 
// xystopz
