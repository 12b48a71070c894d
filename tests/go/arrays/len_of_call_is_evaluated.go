package main

import "fmt"

func f() [3]int       { fmt.Println("f called"); return [3]int{} }
func g() *[4]int      { fmt.Println("g called"); return nil }
func h() (int, int)   { return 1, 2 }

type S struct{ a [6]int }

func mk() S { fmt.Println("mk called"); return S{} }

func main() {
	fmt.Println(len(f()), cap(f()))
	fmt.Println(len(g()), cap(g()))
	ch := make(chan [2]int, 1)
	ch <- [2]int{}
	fmt.Println(len(<-ch), len(ch))
	pc := make(chan *[5]int, 1)
	pc <- nil
	fmt.Println(cap(<-pc), len(pc))
	fmt.Println(len(mk().a))
	fmt.Println(len([2][3]int{}[func() int { fmt.Println("idx"); return 1 }()]))
	var p *[7]int
	const c = len(p)
	fmt.Println(c, len(*p), cap(p))
	const c1 = len([1]func(){func() { fmt.Println() }})
	const c2 = len([2]int{len("ab"), int(3.0)})
	fmt.Println(c1, c2)
	var m map[int][3]int
	const e = len(m[0])
	fmt.Println(e)
	n := 0
	x := len([3]int{n, func() int { n++; return n }()})
	fmt.Println(x, n)
}

// Output:
// f called
// f called
// 3 3
// g called
// g called
// 4 4
// 2 0
// 5 0
// mk called
// 6
// idx
// 3
// 7 7 7
// 1 2
// 3
// 3 1
