// Stop or Reset on a Timer not made by NewTimer or AfterFunc panics.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer func() { fmt.Println(recover()) }()
	func() {
		defer func() { fmt.Println(recover()) }()
		var t time.Timer
		t.Reset(time.Second)
	}()
	t := &time.Timer{}
	t.Stop()
}

// Output:
// time: Reset called on uninitialized Timer
// time: Stop called on uninitialized Timer
