// One generic function instantiated with many types in one program.
package main

import "fmt"

func Describe[T any](v T) string { return fmt.Sprintf("%T=%v", v, v) }

type celsius float64
type pair struct{ a, b int }

func main() {
	fmt.Println(Describe(1))
	fmt.Println(Describe(int8(-2)))
	fmt.Println(Describe(uint64(3)))
	fmt.Println(Describe(float32(1.5)))
	fmt.Println(Describe(2.25))
	fmt.Println(Describe("s"))
	fmt.Println(Describe('r'))
	fmt.Println(Describe(byte('b')))
	fmt.Println(Describe(true))
	fmt.Println(Describe(celsius(36.6)))
	fmt.Println(Describe(pair{1, 2}))
	fmt.Println(Describe([]string{"x"}))
	fmt.Println(Describe(map[int]bool{1: true}))
	fmt.Println(Describe([2]int{3, 4}))
	fmt.Println(Describe(struct{}{}))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe(fmt.Errorf("e")))
}

// Output:
// int=1
// int8=-2
// uint64=3
// float32=1.5
// float64=2.25
// string=s
// int32=114
// uint8=98
// bool=true
// main.celsius=36.6
// main.pair={1 2}
// []string=[x]
// map[int]bool=map[1:true]
// [2]int=[3 4]
// struct {}={}
// <nil>=<nil>
// *errors.errorString=e
