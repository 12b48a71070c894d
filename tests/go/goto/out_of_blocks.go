package main

import "fmt"

// goto leaves nested blocks and an if; the label is in the function's block.
func main() {
	x := 3
	{
		y := x * 2
		if y > 4 {
			{
				fmt.Println("leaving with", y)
				goto out
			}
		}
		fmt.Println("not printed")
	}
out:
	fmt.Println("out", x)
}

// Output:
// leaving with 6
// out 3
