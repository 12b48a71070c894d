// The builtins min and max on type parameters with cmp.Ordered.
package main

import (
	"cmp"
	"fmt"
)

func Clamp[T cmp.Ordered](v, lo, hi T) T { return min(max(v, lo), hi) }

func Extremes[T cmp.Ordered](vs ...T) (T, T) {
	lo, hi := vs[0], vs[0]
	for _, v := range vs {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	return lo, hi
}

func main() {
	fmt.Println(Clamp(15, 0, 10), Clamp(-3, 0, 10), Clamp(2.5, 1, 3))
	fmt.Println(Clamp("m", "a", "k"))
	fmt.Println(Extremes(3, 9, -2, 7))
	fmt.Println(Extremes("pear", "apple", "zucchini"))
}

// Output:
// 10 0 2.5
// k
// -2 9
// apple zucchini
