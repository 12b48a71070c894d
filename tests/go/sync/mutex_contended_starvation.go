// Goroutines on every P hammer one Mutex while some hold it for over a
// millisecond, so that waiters starve and the Mutex switches to
// starvation mode and back (Unlock hands it over directly, through the
// run queue of the unlocking P): no increment is lost, the lock is never
// held twice, and the state word ends at zero.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

func state(mu *sync.Mutex) int {
	s := fmt.Sprint(mu)
	f := strings.Fields(strings.NewReplacer("{", " ", "}", " ", "&", " ").Replace(s))
	n, _ := strconv.Atoi(f[0])
	return n
}

func main() {
	runtime.GOMAXPROCS(2)
	var mu sync.Mutex
	counter, inside, twice := 0, 0, 0
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				mu.Lock()
				inside++
				if inside != 1 {
					twice++
				}
				counter++
				if i%500 == 0 {
					time.Sleep(2 * time.Millisecond) // the waiters starve
				}
				inside--
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter, "held twice:", twice)
	fmt.Println("state:", state(&mu))
}

// Output:
// counter: 18000 held twice: 0
// state: 0
