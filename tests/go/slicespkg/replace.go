// slices.Replace substitutes s[i:j] by values of any count.
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "b", "c", "d", "e"}
	fmt.Println(slices.Replace(slices.Clone(s), 1, 3, "X"))
	fmt.Println(slices.Replace(slices.Clone(s), 1, 3, "X", "Y", "Z", "W"))
	fmt.Println(slices.Replace(slices.Clone(s), 1, 3, "X", "Y"))
	fmt.Println(slices.Replace(slices.Clone(s), 2, 2, "ins"))
	fmt.Println(slices.Replace(slices.Clone(s), 0, 5))
	fmt.Println(slices.Replace(slices.Clone(s), 3, 5, "end"))
}

// Output:
// [a X d e]
// [a X Y Z W d e]
// [a X Y d e]
// [a b ins c d e]
// []
// [a b c end]
