package main

import "fmt"

func kind(x any) string {
	switch v := x.(type) {
	case int, int64, int32:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case string, []byte:
		return fmt.Sprintf("text %v", v)
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return "unknown"
}

type S struct{}

func (S) String() string { return "S" }

func main() {
	fmt.Println(kind(1))
	fmt.Println(kind(int64(2)))
	fmt.Println(kind("s"))
	fmt.Println(kind([]byte("b")))
	fmt.Println(kind(fmt.Errorf("e")))
	fmt.Println(kind(S{}))
	fmt.Println(kind(1.5))
}

// Output:
// integer 1 (int)
// integer 2 (int64)
// text s
// text [98]
// error e
// stringer S
// unknown
