package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println("one")
	case 1:
		fmt.Println("uno")
	}
}

// Exit: 2
// Stderr:
// duplicate_case\.go:10:7: duplicate case 1 \(constant of type int\) in expression switch$
// duplicate_case\.go:8:7: previous case$
// Output:
