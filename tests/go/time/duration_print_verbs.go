// fmt prints a Duration through its String method for %v and %s, as a
// number for %d and %x, and inside slices, maps and structs.
package main

import (
	"fmt"
	"time"
)

type job struct {
	Name    string
	Timeout time.Duration
}

func main() {
	fmt.Println(time.Second, 2*time.Minute, -time.Millisecond)
	fmt.Printf("%v|%s|%d|%x|%q\n", 1500*time.Microsecond, time.Hour, time.Millisecond, time.Duration(255), time.Minute)
	fmt.Printf("[%8v][%-8v]\n", time.Second, time.Nanosecond)
	fmt.Println([]time.Duration{1, 1000, 1000000})
	fmt.Println(map[string]time.Duration{"a": time.Minute, "b": 0})
	fmt.Printf("%v %+v\n", job{"x", 3 * time.Second}, job{"y", time.Hour})
	var s fmt.Stringer = 250 * time.Millisecond
	fmt.Println(s.String(), fmt.Sprint(time.Duration(0)))
}

// Output:
// 1s 2m0s -1ms
// 1.5ms|1h0m0s|1000000|3235356e73|"1m0s"
// [      1s][1ns     ]
// [1ns 1µs 1ms]
// map[a:1m0s b:0s]
// {x 3s} {Name:y Timeout:1h0m0s}
// 250ms 0s
