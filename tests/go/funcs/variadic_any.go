package main

import "fmt"

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func count(args ...interface{}) int { return len(args) }

func main() {
	logf("%d items, %s", 3, "ok")
	logf("no args")
	fmt.Println(count(), count(nil), count(1, "a", 2.5))
	parts := []any{"x", 1}
	fmt.Println(parts...)
}

// Output:
// [log] 3 items, ok
// [log] no args
// 0 1 3
// x 1
