// maps.EqualFunc compares values of different types with a function.
package main

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
)

func main() {
	nums := map[string]int{"a": 1, "b": 22}
	strs := map[string]string{"a": "1", "b": "22"}
	eq := func(n int, s string) bool { return strconv.Itoa(n) == s }
	fmt.Println(maps.EqualFunc(nums, strs, eq))
	strs["b"] = "23"
	fmt.Println(maps.EqualFunc(nums, strs, eq))
	delete(strs, "b")
	strs["c"] = "22"
	fmt.Println(maps.EqualFunc(nums, strs, func(int, string) bool { return true }))
	fold := map[int]string{1: "Go", 2: "C"}
	fmt.Println(maps.EqualFunc(fold, map[int]string{1: "GO", 2: "c"}, strings.EqualFold))
}

// Output:
// true
// false
// false
// true
