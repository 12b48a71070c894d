package main

// Found by tests/difffuzz: append grows a slice by Go's growslice with Go's
// element size (uint16: 2 bytes, string: 16, []int: 24, a struct with its
// padding), the malloc size classes (with the 8-byte header of pointerful
// objects over 512 bytes), and cap == len for zero-size elements. The
// slices escape (sink): Go gives a non-escaping slice a 32-byte stack
// buffer first, which minigo does not model.

import "fmt"

type P struct {
	a int8
	b int64
	c bool
}

type Big struct {
	s [70]string
}

type E struct{}

var sink []any

func main() {
	var u16 []uint16
	var i32 []int32
	var str []string
	var ifs []any
	var sl [][]int
	var ps []P
	var bs []bool
	var es []E
	var arr [][3]int16
	var big []Big
	var f32 []float32
	for i := range 40 {
		u16 = append(u16, uint16(i))
		i32 = append(i32, int32(i))
		str = append(str, "x")
		ifs = append(ifs, i)
		sl = append(sl, nil)
		ps = append(ps, P{})
		bs = append(bs, true)
		es = append(es, E{})
		arr = append(arr, [3]int16{})
		f32 = append(f32, 1)
		if i < 5 {
			big = append(big, Big{})
		}
		fmt.Println(i, cap(u16), cap(i32), cap(str), cap(ifs), cap(sl), cap(ps), cap(bs), cap(es), cap(arr), cap(big), cap(f32))
	}
	fmt.Println(cap(append([]P{}, P{}, P{}, P{})), cap(append([]string(nil), "a", "b", "c", "d", "e")), cap(append(u16[:0:0], u16...)))
	fmt.Println(cap(append([]int16{1}, 2, 3, 4, 5, 6)), cap(append([]byte("abc"), "defgh"...)))
	big2 := make([]int64, 300)
	big2 = append(big2, 1)
	s3 := make([]struct{ a, b, c int64 }, 700)
	s3 = append(s3, s3[0])
	fmt.Println(cap(big2), cap(s3))
	sink = append(sink, u16, i32, str, ifs, sl, ps, bs, es, arr, big, f32)
	fmt.Println(len(u16), len(str), u16[39], str[39], ifs[39], ps[39], es[39], arr[39])
}

// Output:
// 0 4 2 1 1 1 1 8 1 1 1 2
// 1 4 2 2 2 2 2 8 2 2 2 2
// 2 4 4 4 4 4 4 8 3 4 4 4
// 3 4 4 4 4 4 4 8 4 4 4 4
// 4 8 8 8 8 8 8 8 5 8 8 8
// 5 8 8 8 8 8 8 8 6 8 8 8
// 6 8 8 8 8 8 8 8 7 8 8 8
// 7 8 8 8 8 8 8 8 8 8 8 8
// 8 16 16 16 16 16 16 16 9 16 8 16
// 9 16 16 16 16 16 16 16 10 16 8 16
// 10 16 16 16 16 16 16 16 11 16 8 16
// 11 16 16 16 16 16 16 16 12 16 8 16
// 12 16 16 16 16 16 16 16 13 16 8 16
// 13 16 16 16 16 16 16 16 14 16 8 16
// 14 16 16 16 16 16 16 16 15 16 8 16
// 15 16 16 16 16 16 16 16 16 16 8 16
// 16 32 32 32 32 37 32 32 17 32 8 32
// 17 32 32 32 32 37 32 32 18 32 8 32
// 18 32 32 32 32 37 32 32 19 32 8 32
// 19 32 32 32 32 37 32 32 20 32 8 32
// 20 32 32 32 32 37 32 32 21 32 8 32
// 21 32 32 32 32 37 32 32 22 32 8 32
// 22 32 32 32 32 37 32 32 23 32 8 32
// 23 32 32 32 32 37 32 32 24 32 8 32
// 24 32 32 32 32 37 32 32 25 32 8 32
// 25 32 32 32 32 37 32 32 26 32 8 32
// 26 32 32 32 32 37 32 32 27 32 8 32
// 27 32 32 32 32 37 32 32 28 32 8 32
// 28 32 32 32 32 37 32 32 29 32 8 32
// 29 32 32 32 32 37 32 32 30 32 8 32
// 30 32 32 32 32 37 32 32 31 32 8 32
// 31 32 32 32 32 37 32 32 32 32 8 32
// 32 64 64 71 71 37 64 64 33 64 8 64
// 33 64 64 71 71 37 64 64 34 64 8 64
// 34 64 64 71 71 37 64 64 35 64 8 64
// 35 64 64 71 71 37 64 64 36 64 8 64
// 36 64 64 71 71 37 64 64 37 64 8 64
// 37 64 64 71 71 74 64 64 38 64 8 64
// 38 64 64 71 71 74 64 64 39 64 8 64
// 39 64 64 71 71 74 64 64 40 64 8 64
// 3 5 40
// 8 8
// 608 1136
// 40 40 39 x 39 {0 0 false} {} [0 0 0]
