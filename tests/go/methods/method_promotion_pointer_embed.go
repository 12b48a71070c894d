package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	name string
}

type Base struct{ id int }

func (b Base) ID() int { return b.id }

type Mid struct{ Base }
type Top struct{ Mid }

func main() {
	s := Service{&Logger{"[svc] "}, "x"}
	s.Log("started")
	s.prefix = "[new] "
	s.Log("changed")
	t := Top{Mid{Base{42}}}
	fmt.Println(t.ID(), t.id, t.Mid.Base.id)
}

// Output:
// [svc] started
// [new] changed
// 42 42 42
