// Deadline: none for the roots and plain cancel contexts; a timer context
// reports its own, a child reports the earlier of its own and its parent's.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	_, ok := context.Background().Deadline()
	fmt.Println("background:", ok)
	c, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, ok = c.Deadline()
	fmt.Println("cancel:", ok)

	at := time.Now().Add(time.Hour)
	d, cancelD := context.WithDeadline(c, at)
	defer cancelD()
	got, ok := d.Deadline()
	fmt.Println("deadline:", ok, got.Equal(at))

	later, cancelL := context.WithDeadline(d, at.Add(time.Hour))
	defer cancelL()
	got, ok = later.Deadline()
	fmt.Println("later child keeps the parent's:", ok, got.Equal(at))

	sooner, cancelS := context.WithDeadline(d, at.Add(-time.Minute))
	defer cancelS()
	got, ok = sooner.Deadline()
	fmt.Println("sooner child has its own:", ok, got.Equal(at.Add(-time.Minute)))

	v := context.WithValue(sooner, "k", "v")
	got, ok = v.Deadline()
	fmt.Println("through a value:", ok, got.Equal(at.Add(-time.Minute)))

	_, ok = context.WithoutCancel(d).Deadline()
	fmt.Println("without cancel:", ok)
}

// Output:
// background: false
// cancel: false
// deadline: true true
// later child keeps the parent's: true true
// sooner child has its own: true true
// through a value: true true
// without cancel: false
