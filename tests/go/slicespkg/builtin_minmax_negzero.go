// The builtins min and max on signed zeros: min is -0 when any argument is, max only when all are.
package main

import (
	"fmt"
	"math"
)

func main() {
	neg := math.Copysign(0, -1)
	pos := 0.0
	sb := math.Signbit
	fmt.Println(sb(min(pos, neg)), sb(min(neg, pos)), sb(min(pos, pos)), sb(min(neg, neg)))
	fmt.Println(sb(max(pos, neg)), sb(max(neg, pos)), sb(max(pos, pos)), sb(max(neg, neg)))
	fmt.Println(sb(min(pos, pos, neg, pos)), sb(max(neg, neg, pos)), sb(max(neg, neg, neg)))
	var f, g float32 = float32(neg), 0
	fmt.Println(sb(float64(min(g, f))), sb(float64(max(f, g))))
	fmt.Println(min(1.0, neg, 2), max(neg, -1, pos), min(-1, neg), max(1, pos))
}

// Output:
// true true false true
// false false false true
// true false true
// true false
// -0 0 -1 1
