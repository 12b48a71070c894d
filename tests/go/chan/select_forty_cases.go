// A select with 40 cases (more than the runtime keeps on its C stack): each
// channel holds one value, and 40 selects take all of them, each once.
package main

import "fmt"

func main() {
	var cs [40]chan int
	for i := range cs {
		cs[i] = make(chan int, 1)
		cs[i] <- i
	}
	seen := map[int]bool{}
	for k := 0; k < 40; k++ {
		select {
		case v := <-cs[0]:
			seen[v] = true
		case v := <-cs[1]:
			seen[v] = true
		case v := <-cs[2]:
			seen[v] = true
		case v := <-cs[3]:
			seen[v] = true
		case v := <-cs[4]:
			seen[v] = true
		case v := <-cs[5]:
			seen[v] = true
		case v := <-cs[6]:
			seen[v] = true
		case v := <-cs[7]:
			seen[v] = true
		case v := <-cs[8]:
			seen[v] = true
		case v := <-cs[9]:
			seen[v] = true
		case v := <-cs[10]:
			seen[v] = true
		case v := <-cs[11]:
			seen[v] = true
		case v := <-cs[12]:
			seen[v] = true
		case v := <-cs[13]:
			seen[v] = true
		case v := <-cs[14]:
			seen[v] = true
		case v := <-cs[15]:
			seen[v] = true
		case v := <-cs[16]:
			seen[v] = true
		case v := <-cs[17]:
			seen[v] = true
		case v := <-cs[18]:
			seen[v] = true
		case v := <-cs[19]:
			seen[v] = true
		case v := <-cs[20]:
			seen[v] = true
		case v := <-cs[21]:
			seen[v] = true
		case v := <-cs[22]:
			seen[v] = true
		case v := <-cs[23]:
			seen[v] = true
		case v := <-cs[24]:
			seen[v] = true
		case v := <-cs[25]:
			seen[v] = true
		case v := <-cs[26]:
			seen[v] = true
		case v := <-cs[27]:
			seen[v] = true
		case v := <-cs[28]:
			seen[v] = true
		case v := <-cs[29]:
			seen[v] = true
		case v := <-cs[30]:
			seen[v] = true
		case v := <-cs[31]:
			seen[v] = true
		case v := <-cs[32]:
			seen[v] = true
		case v := <-cs[33]:
			seen[v] = true
		case v := <-cs[34]:
			seen[v] = true
		case v := <-cs[35]:
			seen[v] = true
		case v := <-cs[36]:
			seen[v] = true
		case v := <-cs[37]:
			seen[v] = true
		case v := <-cs[38]:
			seen[v] = true
		case v := <-cs[39]:
			seen[v] = true
		}
	}
	fmt.Println(len(seen))
	select {
	case v := <-cs[0]:
		fmt.Println("unexpected", v)
	case v := <-cs[1]:
		fmt.Println("unexpected", v)
	case v := <-cs[2]:
		fmt.Println("unexpected", v)
	case v := <-cs[3]:
		fmt.Println("unexpected", v)
	case v := <-cs[4]:
		fmt.Println("unexpected", v)
	case v := <-cs[5]:
		fmt.Println("unexpected", v)
	case v := <-cs[6]:
		fmt.Println("unexpected", v)
	case v := <-cs[7]:
		fmt.Println("unexpected", v)
	case v := <-cs[8]:
		fmt.Println("unexpected", v)
	case v := <-cs[9]:
		fmt.Println("unexpected", v)
	case v := <-cs[10]:
		fmt.Println("unexpected", v)
	case v := <-cs[11]:
		fmt.Println("unexpected", v)
	case v := <-cs[12]:
		fmt.Println("unexpected", v)
	case v := <-cs[13]:
		fmt.Println("unexpected", v)
	case v := <-cs[14]:
		fmt.Println("unexpected", v)
	case v := <-cs[15]:
		fmt.Println("unexpected", v)
	case v := <-cs[16]:
		fmt.Println("unexpected", v)
	case v := <-cs[17]:
		fmt.Println("unexpected", v)
	case v := <-cs[18]:
		fmt.Println("unexpected", v)
	case v := <-cs[19]:
		fmt.Println("unexpected", v)
	case v := <-cs[20]:
		fmt.Println("unexpected", v)
	case v := <-cs[21]:
		fmt.Println("unexpected", v)
	case v := <-cs[22]:
		fmt.Println("unexpected", v)
	case v := <-cs[23]:
		fmt.Println("unexpected", v)
	case v := <-cs[24]:
		fmt.Println("unexpected", v)
	case v := <-cs[25]:
		fmt.Println("unexpected", v)
	case v := <-cs[26]:
		fmt.Println("unexpected", v)
	case v := <-cs[27]:
		fmt.Println("unexpected", v)
	case v := <-cs[28]:
		fmt.Println("unexpected", v)
	case v := <-cs[29]:
		fmt.Println("unexpected", v)
	case v := <-cs[30]:
		fmt.Println("unexpected", v)
	case v := <-cs[31]:
		fmt.Println("unexpected", v)
	case v := <-cs[32]:
		fmt.Println("unexpected", v)
	case v := <-cs[33]:
		fmt.Println("unexpected", v)
	case v := <-cs[34]:
		fmt.Println("unexpected", v)
	case v := <-cs[35]:
		fmt.Println("unexpected", v)
	case v := <-cs[36]:
		fmt.Println("unexpected", v)
	case v := <-cs[37]:
		fmt.Println("unexpected", v)
	case v := <-cs[38]:
		fmt.Println("unexpected", v)
	case v := <-cs[39]:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("all drained")
	}
}

// Output:
// 40
// all drained
