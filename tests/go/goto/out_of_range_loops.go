package main

import "fmt"

// goto out of range loops over a slice, a string, a map and a channel.
func main() {
	for i, v := range []int{5, 6, 7} {
		if v == 6 {
			fmt.Println("slice at", i)
			goto str
		}
	}
str:
	for i, r := range "héllo" {
		if r == 'l' {
			fmt.Println("string at", i)
			goto m
		}
	}
m:
	for k := range map[string]int{"only": 1} {
		fmt.Println("map key", k)
		goto ch
	}
ch:
	c := make(chan int, 2)
	c <- 10
	c <- 20
	for v := range c {
		fmt.Println("chan got", v)
		goto end
	}
end:
	fmt.Println("left in chan:", len(c))
}

// Output:
// slice at 1
// string at 3
// map key only
// chan got 10
// left in chan: 1
