// Shifts and bit operations on unsigned type parameters, with their own widths.
package main

import "fmt"

type Unsigned interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64
}

func PopCount[T Unsigned](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func RotL[T Unsigned](x T, k, bits uint) T { return x<<k | x>>(bits-k) }

func AllOnes[T Unsigned]() T { return ^T(0) }

func main() {
	fmt.Println(PopCount(uint8(0xff)), PopCount(uint64(1<<63|1)))
	fmt.Println(RotL(uint8(0x81), 1, 8), RotL(uint16(0x8001), 4, 16))
	fmt.Println(AllOnes[uint8](), AllOnes[uint16](), AllOnes[uint32]())
}

// Output:
// 8 2
// 3 24
// 255 65535 4294967295
