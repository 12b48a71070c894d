package main

// Found by the libFuzzer target (tests/fuzz/fuzz_frontend.c): _ -= 1 read
// the blank identifier's missing type and crashed the checker; _++ was
// accepted. Both read _, which Go rejects.

func main() {
	_ -= 1 << 70
	_++
	_ <<= 2
}

// Exit: 2
// Stderr:
// blank_op_assign.go:8:2: cannot use _ as value or type
// blank_op_assign.go:9:2: cannot use _ as value or type
// blank_op_assign.go:10:2: cannot use _ as value or type
// Output:
