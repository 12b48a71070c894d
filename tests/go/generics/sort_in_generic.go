// sort.Slice called from generic code with a key function.
package main

import (
	"cmp"
	"fmt"
	"sort"
)

func SortBy[T any, K cmp.Ordered](s []T, key func(T) K) {
	sort.Slice(s, func(i, j int) bool { return key(s[i]) < key(s[j]) })
}

type user struct {
	name string
	age  int
}

func main() {
	us := []user{{"cy", 40}, {"al", 25}, {"bo", 33}}
	SortBy(us, func(u user) int { return u.age })
	fmt.Println(us)
	SortBy(us, func(u user) string { return u.name })
	fmt.Println(us)
}

// Output:
// [{al 25} {bo 33} {cy 40}]
// [{al 25} {bo 33} {cy 40}]
