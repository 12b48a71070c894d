package main

func f() [3]int { return [3]int{} }

func main() {
	ch := make(chan [2]int, 1)
	const c = len([2]int{len(<-ch)})
	const d = len([2]int{len([]int{})})
	const e = cap(f())
	var a [len(f())]int
	_ = a
}

// Exit: 2
// Stderr:
// len_of_call_not_constant\.go:7:12: len\(\[2\]int\{…\}\) \(value of type int\) is not constant$
// len_of_call_not_constant\.go:8:12: len\(\[2\]int\{…\}\) \(value of type int\) is not constant$
// len_of_call_not_constant\.go:9:12: cap\(f\(\)\) \(value of type int\) is not constant$
// len_of_call_not_constant\.go:10:9: array length len\(f\(\)\) \(value of type int\) must be constant$
// Output:
