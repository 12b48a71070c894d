package main

import "fmt"

func makeAcc() (func(int), func() int) {
	total := 0
	return func(n int) { total += n }, func() int { return total }
}

func main() {
	add, get := makeAcc()
	add(5)
	add(7)
	fmt.Println(get())
	add2, get2 := makeAcc()
	add2(1)
	fmt.Println(get(), get2())
}

// Output:
// 12
// 12 1
