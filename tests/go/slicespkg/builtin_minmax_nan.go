package main
import ("fmt";"math")
func main() { n := math.NaN(); x := 1.0; fmt.Println(min(x, n), max(n, x), min(n, x), max(x, n)) }

// Output:
// NaN NaN NaN NaN
