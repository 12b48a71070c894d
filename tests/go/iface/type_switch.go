package main

import "fmt"

type T struct{ A int }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v+1)
	case string:
		return "string " + v
	case bool, float64:
		return fmt.Sprintf("bool or float %v", v)
	case T:
		return fmt.Sprintf("T %d", v.A)
	case *T:
		return fmt.Sprintf("*T %d", v.A)
	case []int:
		return fmt.Sprintf("slice len %d", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	fmt.Println(describe(nil))
	fmt.Println(describe(1))
	fmt.Println(describe("s"))
	fmt.Println(describe(true))
	fmt.Println(describe(2.5))
	fmt.Println(describe(T{3}))
	fmt.Println(describe(&T{4}))
	fmt.Println(describe([]int{1, 2}))
	fmt.Println(describe(int8(1)))
}

// Output:
// nil
// int 2
// string s
// bool or float true
// bool or float 2.5
// T 3
// *T 4
// slice len 2
// other int8
