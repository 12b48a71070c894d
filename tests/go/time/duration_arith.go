// Duration is a named int64: conversions from integer and float values,
// arithmetic with the unit constants, comparisons and compound assignment.
package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	fmt.Println(time.Duration(n)*time.Second, time.Second*time.Duration(n))
	var d time.Duration = 5
	d *= time.Second
	d += 500 * time.Millisecond
	fmt.Println(d, int64(d), d/time.Millisecond, d%time.Second, -d)
	fmt.Println(d > time.Second, d == 5500*time.Millisecond, d < 0)
	f := 1.5
	fmt.Println(time.Duration(f*float64(time.Second)), time.Duration(int32(7)), time.Duration(uint8(200))*time.Microsecond)
	fmt.Println(float64(d)/float64(time.Second), int(d/time.Second))
	total := time.Duration(0)
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total, total/4, total-time.Hour)
	const timeout = 2 * time.Minute
	fmt.Printf("%T %v %T\n", timeout, timeout, time.Second.Seconds())
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond), int64(time.Second), int64(time.Minute), int64(time.Hour))
}

// Output:
// 3s 3s
// 5.5s 5500000000 5.5µs 500ms -5.5s
// true true false
// 1.5s 7ns 200µs
// 5.5 5
// 2.5s 625ms -59m57.5s
// time.Duration 2m0s float64
// 1ns 1µs 1ms 1s 1m0s 1h0m0s
// 1 1000 1000000 1000000000 60000000000 3600000000000
