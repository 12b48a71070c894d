// A package's exported variables are assignable and addressable from
// another package: runtime.MemProfileRate (0, as Go's linker leaves it
// when nothing reads memory profiles).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = 512 * 1024
	runtime.MemProfileRate += 1
	runtime.MemProfileRate++
	p := &runtime.MemProfileRate
	*p *= 2
	fmt.Println(runtime.MemProfileRate)
	a, b := 1, 2
	runtime.MemProfileRate, a = b, runtime.MemProfileRate
	fmt.Println(runtime.MemProfileRate, a)
}

// Output:
// 0
// 1048580
// 2 1048580
