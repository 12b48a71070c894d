package main

// Found by tests/difffuzz: Go's boundsError messages for slice expressions:
// a negative bound is shown alone, 3-index forms have their own wording,
// and arrays and strings say "with length" where slices say "with capacity".

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}[:3]
	a := [3]int{1, 2, 3}
	str := "hello"
	n1, n2, z, one, two, five, nine := -1, -2, 0, 1, 2, 5, 9
	_ = z
	try("s[n1:]", func() { _ = s[n1:] })
	try("s[:n1]", func() { _ = s[:n1] })
	try("s[two:one]", func() { _ = s[two:one] })
	try("s[:five]", func() { _ = s[:five] })
	try("s[:nine:four]", func() { _ = s[:five:nine] })
	try("s[:five:four]", func() { _ = s[:five:4] })
	try("s[two:one:4]", func() { _ = s[two:one:4] })
	try("s[n1:one:4]", func() { _ = s[n1:one:4] })
	try("s[:n2:4]", func() { _ = s[:n2:4] })
	try("s[::n1]", func() { _ = s[0:0:n1] })
	try("s[:4:4]", func() { fmt.Println(s[:4:4]) })
	try("a[:five]", func() { _ = a[:five] })
	try("a[one:two:five]", func() { _ = a[one:two:five] })
	try("a[n1:]", func() { _ = a[n1:] })
	try("a[two:one]", func() { _ = a[two:one] })
	try("str[n1:]", func() { _ = str[n1:] })
	try("str[:nine]", func() { _ = str[:nine] })
	try("str[two:one]", func() { _ = str[two:one] })
	try("str[:n2]", func() { _ = str[:n2] })
	p := &a
	try("p[:five]", func() { _ = p[:five] })
	try("p[:two:five]", func() { _ = p[:two:five] })
}

// Output:
// s[n1:] runtime error: slice bounds out of range [-1:]
// s[:n1] runtime error: slice bounds out of range [:-1]
// s[two:one] runtime error: slice bounds out of range [2:1]
// s[:five] runtime error: slice bounds out of range [:5] with capacity 4
// s[:nine:four] runtime error: slice bounds out of range [::9] with capacity 4
// s[:five:four] runtime error: slice bounds out of range [:5:4]
// s[two:one:4] runtime error: slice bounds out of range [2:1:]
// s[n1:one:4] runtime error: slice bounds out of range [-1::]
// s[:n2:4] runtime error: slice bounds out of range [:-2:]
// s[::n1] runtime error: slice bounds out of range [::-1]
// [1 2 3 4]
// s[:4:4] <nil>
// a[:five] runtime error: slice bounds out of range [:5] with length 3
// a[one:two:five] runtime error: slice bounds out of range [::5] with length 3
// a[n1:] runtime error: slice bounds out of range [-1:]
// a[two:one] runtime error: slice bounds out of range [2:1]
// str[n1:] runtime error: slice bounds out of range [-1:]
// str[:nine] runtime error: slice bounds out of range [:9] with length 5
// str[two:one] runtime error: slice bounds out of range [2:1]
// str[:n2] runtime error: slice bounds out of range [:-2]
// p[:five] runtime error: slice bounds out of range [:5] with length 3
// p[:two:five] runtime error: slice bounds out of range [::5] with length 3
