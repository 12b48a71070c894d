// The String forms of derived contexts name the chain of parents.
package main

import (
	"context"
	"fmt"
)

type key string

type point struct{ x, y int }

func main() {
	ctx, cancel := context.WithCancel(context.TODO())
	defer cancel()
	fmt.Println(ctx)
	v := context.WithValue(ctx, key("user"), "ann")
	fmt.Println(v)
	fmt.Println(context.WithValue(v, point{1, 2}, 7))
	fmt.Println(context.WithValue(context.Background(), "k", nil))
	c2, cancel2 := context.WithCancelCause(v)
	defer cancel2(nil)
	fmt.Println(c2)
	fmt.Println(context.WithoutCancel(c2))
	fmt.Printf("%v|%s\n", context.Background(), context.TODO())
}

// Output:
// context.TODO.WithCancel
// context.TODO.WithCancel.WithValue(main.key, ann)
// context.TODO.WithCancel.WithValue(main.key, ann).WithValue(main.point, int)
// context.Background.WithValue(k, <nil>)
// context.TODO.WithCancel.WithValue(main.key, ann).WithCancel
// context.TODO.WithCancel.WithValue(main.key, ann).WithCancel.WithoutCancel
// context.Background|context.TODO
