// runtime.GOMAXPROCS(n) sets the number of Ps and returns the previous value;
// n < 1 only queries.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("from env:", runtime.GOMAXPROCS(0))
	fmt.Println("previous:", runtime.GOMAXPROCS(1))
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("previous:", runtime.GOMAXPROCS(4))
	fmt.Println("negative queries:", runtime.GOMAXPROCS(-1))
	fmt.Println("now:", runtime.GOMAXPROCS(0))
}

// Env: GOMAXPROCS=3
// Output:
// from env: 3
// previous: 3
// now: 1
// previous: 1
// negative queries: 4
// now: 4
