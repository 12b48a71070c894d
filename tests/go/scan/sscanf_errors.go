package main

import "fmt"

func main() {
	var a, b int
	var s string
	show := func(n int, err error) { fmt.Printf("%d %v\n", n, err) }
	show(fmt.Sscanf("x=1", "y=%d", &a))
	show(fmt.Sscanf("1 2", "%d", &a, &b))
	show(fmt.Sscanf("1", "%d %d", &a))
	show(fmt.Sscanf("1\n2", "%d %d", &a, &b))
	show(fmt.Sscanf("1 2", "%d\n%d", &a, &b))
	show(fmt.Sscanf("12", "%d%", &a))
	show(fmt.Sscanf("5", "%s", &a))
	show(fmt.Sscanf("5", "%d", &s))
	show(fmt.Sscanf("zz", "%x", &s))
	show(fmt.Sscanf("1x", "%dy", &a))
	show(fmt.Sscanf("7", "%v", &a))
	show(fmt.Sscanf("abc", "%q", &s))
	show(fmt.Sscanf("3", "%f", &a))
}
// Output:
// 0 input does not match format
// 1 too many operands
// 1 too few operands for format '%d'
// 1 newline in input does not match format
// 1 newline in format does not match input
// 1 missing verb: % at end of format string
// 0 bad verb '%s' for integer
// 0 bad verb '%d' for string
// 0 no hex data for %x string
// 1 input does not match format
// 1 <nil>
// 0 expected quoted string
// 0 bad verb '%f' for integer
