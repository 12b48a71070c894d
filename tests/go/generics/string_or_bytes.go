// A ~string | ~[]byte constraint: len, indexing and slicing work on both.
package main

import "fmt"

type Text interface{ ~string | ~[]byte }

func CountByte[S Text](s S, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func Prefix[S Text](s S, n int) S { return s[:n] }

type path string

func main() {
	fmt.Println(CountByte("banana", 'a'), CountByte([]byte("hello"), 'l'))
	p := Prefix(path("/usr/bin"), 4)
	fmt.Printf("%T %v\n", p, p)
	b := Prefix([]byte("xyz"), 2)
	fmt.Printf("%T %s\n", b, b)
}

// Output:
// 3 2
// main.path /usr
// []uint8 xy
