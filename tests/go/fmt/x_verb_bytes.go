package main

import "fmt"

func main() {
	b := []byte("Hi!")
	fmt.Printf("%x\n", b)
	fmt.Printf("%X\n", b)
	fmt.Printf("% x\n", b)
	fmt.Printf("%#x\n", b)
	fmt.Printf("%x\n", "")
	fmt.Printf("%x\n", []int{10, 255})
	fmt.Println(b)
	fmt.Printf("%s\n", b)
	fmt.Printf("%v\n", [3]byte{1, 2, 3})
}

// Output:
// 486921
// 486921
// 48 69 21
// 0x486921
//
// [a ff]
// [72 105 33]
// Hi!
// [1 2 3]
