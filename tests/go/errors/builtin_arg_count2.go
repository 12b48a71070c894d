package main

func main() {
	m := map[int]int{}
	_ = min()
	clear(m, m)
	_ = recover(1)
	_ = max()
}

// Exit: 2
// Stderr:
// builtin_arg_count2\.go:5:6: invalid operation: not enough arguments for min\(\) \(expected 1, found 0\)$
// builtin_arg_count2\.go:6:2: invalid operation: too many arguments for clear\(m, m\) \(expected 1, found 2\)$
// builtin_arg_count2\.go:7:6: invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)$
// builtin_arg_count2\.go:8:6: invalid operation: not enough arguments for max\(\) \(expected 1, found 0\)$
// Output:
