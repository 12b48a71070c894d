package main

import "fmt"

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(ack(2, 3), ack(3, 3))
	m := 0
	hanoi(10, "a", "c", "b", &m)
	fmt.Println(m)
}

// Output:
// 9 61
// 1023
