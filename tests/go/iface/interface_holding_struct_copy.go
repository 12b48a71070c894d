package main

import "fmt"

type Counter struct{ N int }

func main() {
	c := Counter{1}
	var i any = c
	c.N = 2
	fmt.Println(i, c)
	back := i.(Counter)
	back.N = 3
	fmt.Println(i, back)
	p := &Counter{10}
	var j any = p
	p.N = 20
	fmt.Println(j.(*Counter).N)
}

// Output:
// {1} {2}
// {1} {3}
// 20
