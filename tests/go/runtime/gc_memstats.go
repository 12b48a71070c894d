// runtime.GC runs a collection: NumGC goes up, and ReadMemStats reports
// non-zero heap and stack figures.
package main

import (
	"fmt"
	"runtime"
)

var sink [][]int

func main() {
	for i := 0; i < 100; i++ {
		sink = append(sink, make([]int, 1000))
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("NumGC grew:", after.NumGC > before.NumGC)
	fmt.Println("Alloc > 0:", after.Alloc > 0)
	fmt.Println("HeapAlloc > 0:", after.HeapAlloc > 0)
	fmt.Println("TotalAlloc >= Alloc:", after.TotalAlloc >= after.Alloc)
	fmt.Println("Sys >= HeapAlloc:", after.Sys >= after.HeapAlloc)
	fmt.Println("StackInuse > 0:", after.StackInuse > 0)
	fmt.Println(len(sink))
}

// Output:
// NumGC grew: true
// Alloc > 0: true
// HeapAlloc > 0: true
// TotalAlloc >= Alloc: true
// Sys >= HeapAlloc: true
// StackInuse > 0: true
// 100
