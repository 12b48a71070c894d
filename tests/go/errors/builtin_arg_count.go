package main

// A built-in called with the wrong number of arguments: types2's words, at
// the start of the call.

func main() {
	var c chan int
	var s []int
	m := map[int]int{}
	_ = len()
	_ = cap(s, s)
	panic(1, 2)
	close(c, c)
	_ = new(int, int)
	copy(s)
	copy(s, s, s)
	delete(m)
	_ = append()
	_ = make()
}

// Exit: 2
// Stderr:
// builtin_arg_count\.go:10:6: invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)$
// builtin_arg_count\.go:11:6: invalid operation: too many arguments for cap\(s, s\) \(expected 1, found 2\)$
// builtin_arg_count\.go:12:2: invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)$
// builtin_arg_count\.go:13:2: invalid operation: too many arguments for close\(c, c\) \(expected 1, found 2\)$
// builtin_arg_count\.go:14:6: invalid operation: too many arguments for new\(int, int\) \(expected 1, found 2\)$
// builtin_arg_count\.go:15:2: invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)$
// builtin_arg_count\.go:16:2: invalid operation: too many arguments for copy\(s, s, s\) \(expected 2, found 3\)$
// builtin_arg_count\.go:17:2: invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)$
// builtin_arg_count\.go:18:6: invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)$
// builtin_arg_count\.go:19:6: invalid operation: not enough arguments for make\(\) \(expected 1, found 0\)$
// Output:
