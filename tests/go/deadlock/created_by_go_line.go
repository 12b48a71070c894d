package main

// "created by" names the line of the go keyword, not the line where the
// function literal's call ends.

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
		ch <- 2
	}()
	<-ch
	<-make(chan int)
}

// Exit: 2
// Stderr:
// ^fatal error: all goroutines are asleep - deadlock!$
// ^goroutine 1 \[chan receive\]:$
// ^\t.*created_by_go_line\.go:13( \+0x[0-9a-f]+)?$
// ^main\.main\.func1\(\)$
// ^\t.*created_by_go_line\.go:10( \+0x[0-9a-f]+)?$
// ^created by main\.main in goroutine 1$
// ^\t.*created_by_go_line\.go:8( \+0x[0-9a-f]+)?$
// Output:
