package main

import "fmt"

// other calls yield from a goroutine of its own, and waits for it: the
// loop body runs on that goroutine, and its defers still go to the
// enclosing function (Go's deferprocat is atomic for this).
func other(yield func(int) bool) {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			if !yield(i) {
				break
			}
		}
		done <- true
	}()
	<-done
}

type T struct{}

func (T) M() (int, string) {
	for x := range other {
		if x == 1 {
			return x, "one"
		}
	}
	return 0, ""
}

func main() {
	for x := range other {
		fmt.Println("body on another goroutine", x)
	}
	fmt.Println(T{}.M())
	defer fmt.Println("main defer")
	for x := range other {
		defer fmt.Println("deferred from the other goroutine", x)
	}
}

// Output:
// body on another goroutine 0
// body on another goroutine 1
// body on another goroutine 2
// 1 one
// deferred from the other goroutine 2
// deferred from the other goroutine 1
// deferred from the other goroutine 0
// main defer
