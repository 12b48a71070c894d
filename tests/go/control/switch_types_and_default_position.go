package main

import "fmt"

func f(x int) string {
	switch x {
	default:
		return "default"
	case 1:
		return "one"
	case 2, 3:
		return "two-three"
	}
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(f(i), " ")
	}
	fmt.Println()
	switch s := "go"; s {
	case "g" + "o":
		fmt.Println("matched const expr")
	}
}

// Output:
// default one two-three two-three default 
// matched const expr
