// maps.Copy adds src's pairs to dst, overwriting existing keys.
package main

import (
	"fmt"
	"maps"
)

func main() {
	dst := map[string]int{"a": 1, "b": 2}
	src := map[string]int{"b": 20, "c": 30}
	maps.Copy(dst, src)
	fmt.Println(dst)
	fmt.Println(src)
	maps.Copy(dst, map[string]int(nil)) // copying from nil is fine
	fmt.Println(len(dst))
}

// Output:
// map[a:1 b:20 c:30]
// map[b:20 c:30]
// 3
