// Variadic calls with no variadic arguments (under UBSan: no pointer
// arithmetic on the empty argument list, gen_args).
package main

import "fmt"

const e = ""
const s = e + "a" + e
const t = "" + ""

func main() {
	fmt.Println()
	fmt.Println(s, t == "", len(e+e))
	var x []int
	x = append(x)
	fmt.Println(x == nil, fmt.Sprint())
	fmt.Printf("")
	fmt.Print()
}

// Output:
//
// a true 0
// true 
