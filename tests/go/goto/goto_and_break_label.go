package main

import "fmt"

// break with one label and goto with another in the same loop.
func main() {
	tries := 0
retry:
	tries++
scan:
	for i := 0; ; i++ {
		switch {
		case i == 2 && tries < 3:
			fmt.Println("retry at", i)
			goto retry
		case i == 4:
			break scan
		}
		fmt.Println("i", i, "try", tries)
	}
	fmt.Println("tries", tries)
}

// Output:
// i 0 try 1
// i 1 try 1
// retry at 2
// i 0 try 2
// i 1 try 2
// retry at 2
// i 0 try 3
// i 1 try 3
// i 2 try 3
// i 3 try 3
// tries 3
