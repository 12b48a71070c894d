// Package shapes is tested by shapes_test.go: a package that is not main.
package shapes

import "fmt"

// Square is a square of side Side.
type Square struct{ Side float64 }

// Area returns the square's area.
func (s Square) Area() float64 { return s.Side * s.Side }

func (s Square) String() string { return fmt.Sprintf("square(%g)", s.Side) }

func unexported() int { return 7 }
