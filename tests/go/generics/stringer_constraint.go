// fmt.Stringer as a constraint: generic code calls String on T.
package main

import (
	"fmt"
	"strings"
)

type color int

func (c color) String() string { return [...]string{"red", "green", "blue"}[c] }

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func JoinAll[T fmt.Stringer](vs []T, sep string) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = v.String()
	}
	return strings.Join(parts, sep)
}

func main() {
	fmt.Println(JoinAll([]color{2, 0, 1}, ", "))
	fmt.Println(JoinAll([]temp{21.55, -3}, " / "))
}

// Output:
// blue, red, green
// 21.6° / -3.0°
