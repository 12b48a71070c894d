// A generic Memoize wrapping a function of K with a cache map.
package main

import "fmt"

func Memoize[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

func main() {
	var fib func(int) int
	var misses *int
	fib, misses = Memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80), *misses)
	upper, m2 := Memoize(func(s string) string { return s + "!" })
	upper("a")
	upper("a")
	fmt.Println(upper("b"), *m2)
}

// Output:
// 23416728348467685 81
// b! 2
