// A recursion whose frames hold a [64]int reaches Go's 1 GB stack limit
// counting what the frames hold (Go keeps the array in the frame), not
// only their slots: it dies as quickly as in Go, not after 11 GB.
package main

func f(n int) int {
	var a [64]int
	a[n%64] = n
	return f(n+1) + a[3]
}

func main() {
	println(f(0))
}

// Exit: 2
// Stderr:
// ^runtime: goroutine stack exceeds 1000000000\-byte limit$
// ^fatal error: stack overflow$
// Output:
