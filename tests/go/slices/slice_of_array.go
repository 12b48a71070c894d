package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3]
	s[0] = 20
	fmt.Println(arr, s, len(s), cap(s))
	t := arr[:2:2]
	fmt.Println(t, cap(t))
	all := arr[:]
	all[4] = 50
	fmt.Println(arr)
	p := &arr
	fmt.Println(p[1:2])
}

// Output:
// [1 20 3 4 5] [20 3] 2 4
// [1 20] 2
// [1 20 3 4 50]
// [20]
