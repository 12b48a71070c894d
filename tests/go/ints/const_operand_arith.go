// Arithmetic with small constant operands (x*k, x/k, x%k, x-k, x+k),
// including negative operands, the int64 extremes and narrow types.
package main

import "fmt"

func main() {
	for _, x := range []int{-17, -1, 0, 5, 1 << 62, -1 << 63} {
		fmt.Println(x*3, x/3, x%3, x/-7, x%-7, x*-2, x-5, x+32767)
	}
	var a int8 = 100
	var b int8 = -128
	fmt.Println(a*3, a/3, b/2, b%7, b*2)
	var u uint8 = 200
	fmt.Println(u*3, u/3, u%7)
}

// Output:
// -51 -5 -2 2 -3 34 -22 32750
// -3 0 -1 0 -1 2 -6 32766
// 0 0 0 0 0 0 -5 32767
// 15 1 2 0 5 -10 0 32772
// -4611686018427387904 1537228672809129301 1 -658812288346769700 4 -9223372036854775808 4611686018427387899 4611686018427420671
// -9223372036854775808 -3074457345618258602 -2 1317624576693539401 -1 0 9223372036854775803 -9223372036854743041
// 44 33 -64 -2 0
// 88 66 4
