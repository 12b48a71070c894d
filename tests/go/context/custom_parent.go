// A parent of the program's own Context type, with its own Done channel:
// its cancellation still reaches children, through a watching goroutine,
// or through its AfterFunc method when it has one.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// chanCtx is canceled by closing its channel.
type chanCtx struct {
	context.Context
	done chan struct{}
}

func (c chanCtx) Done() <-chan struct{} { return c.done }

func (c chanCtx) Err() error {
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

// afterCtx also offers AfterFunc, which the package uses instead of a
// goroutine of its own.
type afterCtx struct {
	chanCtx
	registered, stopped int
}

func (a *afterCtx) AfterFunc(f func()) func() bool {
	a.registered++
	stop := make(chan struct{})
	go func() {
		select {
		case <-a.done:
			f()
		case <-stop:
		}
	}()
	return func() bool {
		a.stopped++
		close(stop)
		return true
	}
}

func main() {
	own := chanCtx{context.Background(), make(chan struct{})}
	before := runtime.NumGoroutine()
	child, cancelChild := context.WithCancel(own)
	defer cancelChild()
	fmt.Println("watchers:", runtime.NumGoroutine()-before)
	close(own.done)
	<-child.Done()
	fmt.Println("child of chanCtx:", child.Err(), context.Cause(child))
	fmt.Println(child)

	a := &afterCtx{chanCtx: chanCtx{context.Background(), make(chan struct{})}}
	child2, cancelChild2 := context.WithCancel(a)
	fmt.Println("registered:", a.registered)
	close(a.done)
	<-child2.Done()
	fmt.Println("child of afterCtx:", child2.Err())
	cancelChild2()
	fmt.Println("stopped:", a.stopped)

	b := &afterCtx{chanCtx: chanCtx{context.Background(), make(chan struct{})}}
	_, cancelChild3 := context.WithCancel(b)
	cancelChild3()
	fmt.Println("registered, stopped:", b.registered, b.stopped)

	// the watcher of a canceled child ends
	other := chanCtx{context.Background(), make(chan struct{})}
	time.Sleep(10 * time.Millisecond)
	before = runtime.NumGoroutine()
	_, cancel4 := context.WithCancel(other)
	cancel4()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("watchers left:", runtime.NumGoroutine()-before)
}

// Output:
// watchers: 1
// child of chanCtx: context canceled context canceled
// main.chanCtx.WithCancel
// registered: 1
// child of afterCtx: context canceled
// stopped: 0
// registered, stopped: 1 1
// watchers left: 0
