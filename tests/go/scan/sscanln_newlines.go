package main

import "fmt"

func main() {
	var a, b, c int
	show := func(n int, err error) { fmt.Printf("%d %v %d %d %d\n", n, err, a, b, c) }
	show(fmt.Sscanln("1 2 3", &a, &b, &c))
	show(fmt.Sscanln("4 5\n6", &a, &b, &c))
	show(fmt.Sscanln("7 8 9 10", &a, &b, &c))
	show(fmt.Sscanln("1 2 3   \n", &a, &b, &c))
	show(fmt.Sscanln("\n1 2 3", &a, &b, &c))
	show(fmt.Sscan("4\n5\n\n6", &a, &b, &c))
	show(fmt.Sscanln("7 8 9\r\n", &a, &b, &c))
}
// Output:
// 3 <nil> 1 2 3
// 2 unexpected newline 4 5 3
// 3 expected newline 7 8 9
// 3 <nil> 1 2 3
// 0 unexpected newline 1 2 3
// 3 <nil> 4 5 6
// 3 <nil> 7 8 9
