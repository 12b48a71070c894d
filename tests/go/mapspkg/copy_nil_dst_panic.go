// maps.Copy into a nil map panics like any write to a nil map.
package main

import (
	"fmt"
	"maps"
)

func main() {
	var dst map[string]int
	maps.Copy(dst, map[string]int{}) // nothing to write: no panic
	fmt.Println("empty ok")
	maps.Copy(dst, map[string]int{"a": 1})
	fmt.Println("unreachable")
}

// Exit: 2
// Stderr:
// ^panic: assignment to entry in nil map$
// ^goroutine 1 \[running\]:$
// Output:
// empty ok
