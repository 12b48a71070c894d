package main

func f() int { return 1 }

func main() {
	c := make(chan int)
	d := 0
	select {
	case x := (c):
		_ = x
		undefined()
	case f():
	case (f()):
	case d = 3:
	case <-c:
		var unused int
	}
}

// Exit: 2
// Stderr:
// select_case_not_receive\.go:7:2: declared and not used: d$
// select_case_not_receive\.go:9:7: select case must be send or receive \(possibly with assignment\)$
// select_case_not_receive\.go:12:8: select case must be send or receive \(possibly with assignment\)$
// select_case_not_receive\.go:13:7: select case must be send or receive \(possibly with assignment\)$
// select_case_not_receive\.go:14:7: select case must be send or receive \(possibly with assignment\)$
// select_case_not_receive\.go:16:7: declared and not used: unused$
// Output:
