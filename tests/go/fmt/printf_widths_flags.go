package main

import "fmt"

func main() {
	fmt.Printf("[%5d]\n", 42)
	fmt.Printf("[%-5d]|\n", 42)
	fmt.Printf("[%05d]\n", 42)
	fmt.Printf("[%+d] [%+d]\n", 42, -42)
	fmt.Printf("[%8.3f]\n", 3.14159)
	fmt.Printf("[%-8.2f]\n", 2.5)
	fmt.Printf("[%08.3f]\n", -3.5)
	fmt.Printf("[%10s] [%-10s]\n", "right", "left")
	fmt.Printf("[%.3s]\n", "truncate")
	fmt.Printf("[%x] [%X] [% x]\n", "hello", "hi", "abc")
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%*d]\n", 6, 7)
}

// Output:
// [   42]
// [42   ]|
// [00042]
// [+42] [-42]
// [   3.142]
// [2.50    ]
// [-003.500]
// [     right] [left      ]
// [tru]
// [68656c6c6f] [6869] [61 62 63]
// [ 99.50%]
// [     7]
