package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println(sum)
	n := 1
	for n < 100 {
		n *= 2
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
}

// Output:
// 45
// 128
// 5
// 0,10 1,8 2,6 3,4 
