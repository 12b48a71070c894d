package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		}
		fmt.Println("after switch", i)
	}
}

// Output:
// after switch 0
// after switch 1
// after switch 2
