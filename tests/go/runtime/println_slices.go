// print and println show a slice as [len/cap] and the address of its
// array (0x0 for nil), on standard error.
package main

func main() {
	s := []int{1, 2, 3}
	var ns []string
	println(s, ns, s[1:2])
	print(s[:0:1], "\n")
	println([]byte("hi"))
}

// Stderr:
// ^\[3/3\]0x[0-9a-f]+ \[0/0\]0x0 \[1/2\]0x[0-9a-f]+$
// ^\[0/1\]0x[0-9a-f]+$
// ^\[2/2\]0x[0-9a-f]+$
// Output:
