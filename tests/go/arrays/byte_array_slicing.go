// Arrays of 1-byte elements ([N]byte, [N]bool, [N]int8) are stored packed:
// slicing one gives a []byte that shares it; indexing, ranges, literals,
// struct fields, comparison, map keys, copies and bounds panics work.
package main

import "fmt"

type Hdr struct {
	Magic [4]byte
	Flags [3]bool
	N     int
}

func main() {
	var buf [8]byte
	s := buf[2:5]
	s[0] = 'x'
	copy(buf[5:], "yz")
	fmt.Printf("%v %q %d %d\n", buf, buf[:], len(s), cap(s))
	bs := [3]bool{true, false, true}
	b := bs[1:]
	b[0] = true
	fmt.Println(bs, b)
	var i8 [4]int8
	i8[1] = -5
	i8[3] = 127
	for i, v := range i8 {
		fmt.Print(" ", i, ":", v)
	}
	fmt.Println()
	h := Hdr{Magic: [4]byte{'G', 'O', 0x1, 0xff}, N: 7}
	h.Flags[2] = true
	k := 3
	h.Magic[k] = 0xfe
	fmt.Printf("%v %+v %x\n", h.Magic, h, h.Magic[:])
	p := &h.Magic
	p[0] = 'g'
	fmt.Println(string(p[:2]), h.Magic == [4]byte{'g', 'O', 1, 0xfe}, h.Magic != [4]byte{})
	m := map[[2]byte]int{{1, 2}: 3}
	m[[2]byte{1, 2}]++
	fmt.Println(m)
	big := [20]uint8{19: 9}
	n := 0
	for _, v := range big {
		n += int(v)
	}
	fmt.Println(n, big[19], len(big))
	x := [3]byte{1, 2, 3}
	y := x
	y[0] = 9
	fmt.Println(x, y, x == y)
	defer func() { fmt.Println("recovered:", recover()) }()
	idx := 8
	fmt.Println(buf[idx])
}

// Output:
// [0 0 120 0 0 121 122 0] "\x00\x00x\x00\x00yz\x00" 3 6
// [true true true] [true true]
//  0:0 1:-5 2:0 3:127
// [71 79 1 254] {Magic:[71 79 1 254] Flags:[false false true] N:7} 474f01fe
// gO true true
// map[[1 2]:4]
// 9 9 20
// [1 2 3] [9 2 3] false
// recovered: runtime error: index out of range [8] with length 8
