package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
loop:
	for _, v := range []int{1, 2, 3, 4} {
		switch v {
		case 3:
			break loop
		}
		fmt.Println("v", v)
	}
}

// Output:
// 0 0
// 0 1
// 1 0
// 1 1
// v 1
// v 2
