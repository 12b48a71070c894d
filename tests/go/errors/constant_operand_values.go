package main

func main() {
	var a int8 = 0x100
	var b int8 = 'a' + 100
	var c string = 1.5
	var d uint8 = 1e3
	var e int = "x"
	var f bool = 'b'
	var g uint8 = 2.0 * 200
	h := uint8(1) + 1e3
	var i int8 = -1e2 * 2
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
}

// Exit: 2
// Stderr:
// constant_operand_values\.go:4:15: cannot use 0x100 \(untyped int constant 256\) as int8 value in variable declaration \(overflows\)$
// constant_operand_values\.go:5:15: cannot use 'a' \+ 100 \(untyped rune constant 197\) as int8 value in variable declaration \(overflows\)$
// constant_operand_values\.go:6:17: cannot use 1\.5 \(untyped float constant\) as string value in variable declaration$
// constant_operand_values\.go:7:16: cannot use 1e3 \(untyped float constant 1000\) as uint8 value in variable declaration \(truncated\)$
// constant_operand_values\.go:8:14: cannot use "x" \(untyped string constant\) as int value in variable declaration$
// constant_operand_values\.go:9:15: cannot use 'b' \(untyped rune constant 98\) as bool value in variable declaration$
// constant_operand_values\.go:10:16: cannot use 2\.0 \* 200 \(untyped float constant 400\) as uint8 value in variable declaration \(truncated\)$
// constant_operand_values\.go:11:18: 1e3 \(untyped float constant 1000\) truncated to uint8$
// constant_operand_values\.go:12:15: cannot use -1e2 \* 2 \(untyped float constant -200\) as int8 value in variable declaration \(truncated\)$
// Output:
