// Package slices defines various functions useful with slices of any
// type: Go 1.23's package, all Go. Sorting is pattern-defeating quicksort
// (pdqsort) as Go's, step for step, so that an unstable sort leaves equal
// elements in the order Go's leaves them; SortStableFunc is an insertion
// sort of blocks merged in place (SymMerge), as Go's.
//
// Go finds out whether two slices share memory with package unsafe;
// here overlaps compares element addresses, which only slices of one
// array can have in common.
package slices

import (
	"cmp"
	"iter"
)

// ---- Comparing and searching ----

// Equal reports whether two slices are equal: the same length and all
// elements equal. If the lengths are different, Equal returns false.
// Otherwise, the elements are compared in increasing index order, and the
// comparison stops at the first unequal pair.
// Empty and nil slices are considered equal.
// Floating point NaNs are not considered equal.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc reports whether two slices are equal using an equality
// function on each pair of elements. If the lengths are different,
// EqualFunc returns false. Otherwise, the elements are compared in
// increasing index order, and the comparison stops at the first index
// for which eq returns false.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares the elements of s1 and s2, using [cmp.Compare] on each
// pair of elements. The elements are compared sequentially, starting at
// index 0, until one element is not equal to the other.
// The result of comparing the first non-matching elements is returned.
// If both slices are equal until one of them ends, the shorter slice is
// considered less than the longer one.
// The result is 0 if s1 == s2, -1 if s1 < s2, and +1 if s1 > s2.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is like [Compare] but uses a custom comparison function on
// each pair of elements.
// The result is the first non-zero result of cmp; if cmp always
// returns 0 the result is 0 if len(s1) == len(s2), -1 if len(s1) < len(s2),
// and +1 if len(s1) > len(s2).
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the index of the first occurrence of v in s,
// or -1 if not present.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i satisfying f(s[i]),
// or -1 if none do.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is present in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether at least one
// element e of s satisfies f(e).
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// ---- Modifying ----

// Insert inserts the values v... into s at index i,
// returning the modified slice.
// The elements at s[i:] are shifted up to make room.
// In the returned slice r, r[i] == v[0],
// and, if i < len(s), r[i+len(v)] == value originally at s[i].
// Insert panics if i > len(s).
// This function is O(len(s) + len(v)).
// If the result is empty, it has the same nilness as s.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // the bounds check, with the runtime's panic

	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		// A new array: append rounds its size up as growing does.
		s2 := append(s[:i], make(S, n+m-i)...)
		copy(s2[i:], v)
		copy(s2[i+m:], s[i:])
		return s2
	}
	s = s[:n+m]

	// s[i:n] moves up by m to s[i+m:n+m]; v goes to s[i:i+m].
	if !overlaps(v, s[i+m:]) {
		// Moving s[i:n] up does not write over v.
		copy(s[i+m:], s[i:])
		copy(s[i:], v)
		return s
	}
	// v is in the part that moves, or past it: copy v to the end
	// first, then rotate it into place.
	copy(s[n:], v)
	rotateRight(s[i:], m)
	return s
}

// Delete removes the elements s[i:j] from s, returning the modified slice.
// Delete panics if j > len(s) or s[i:j] is not a valid slice of s.
// Delete is O(len(s)-i), so if many items must be deleted, it is better to
// make a single call deleting them all together than to delete one at a time.
// Delete zeroes the elements s[len(s)-(j-i):len(s)].
// If the result is empty, it has the same nilness as s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // the bounds check, with the runtime's panic

	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n]) // the elements no longer in s hold nothing alive
	return s
}

// DeleteFunc removes any elements from s for which del returns true,
// returning the modified slice.
// DeleteFunc zeroes the elements between the new length and the original length.
// If the result is empty, it has the same nilness as s.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i == -1 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Replace replaces the elements s[i:j] by the given v, and returns the
// modified slice.
// Replace panics if j > len(s) or s[i:j] is not a valid slice of s.
// When len(v) < (j-i), Replace zeroes the elements between the new length and the original length.
// If the result is empty, it has the same nilness as s.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // the bounds check, with the runtime's panic

	if i == j {
		return Insert(s, i, v...)
	}
	if j == len(s) {
		s2 := append(s[:i], v...)
		if len(s2) < len(s) {
			clear(s[len(s2):])
		}
		return s2
	}

	tot := len(s[:i]) + len(v) + len(s[j:])
	if tot > cap(s) {
		s2 := append(s[:i], make(S, tot-i)...)
		copy(s2[i:], v)
		copy(s2[i+len(v):], s[j:])
		return s2
	}

	r := s[:tot]
	if i+len(v) <= j {
		// v fits where s[i:j] was: writing it there touches nothing
		// still to be read.
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		clear(s[tot:])
		return r
	}

	// v is longer than s[i:j]: the tail s[j:] moves up by y into the
	// room past len(s).
	if !overlaps(r[i+len(v):], v) {
		copy(r[i+len(v):], s[j:])
		copy(r[i:], v)
		return r
	}
	// v must go to two places (its head past len(s), its tail into
	// s[i:j]) and then be rotated in: write first where v is not.
	y := len(v) - (j - i)
	if !overlaps(r[i:j], v) {
		copy(r[i:j], v[y:])
		copy(r[len(s):], v[:y])
		rotateRight(r[i:], y)
		return r
	}
	if !overlaps(r[len(s):], v) {
		copy(r[len(s):], v[:y])
		copy(r[i:j], v[y:])
		rotateRight(r[i:], y)
		return r
	}
	// v covers both s[i:j] and the room past len(s), so all of s[j:]
	// is inside v: copy v, then take s[j:]'s values out of the copy.
	k := startIdx(v, s[j:])
	copy(r[i:], v)
	copy(r[i+len(v):], r[i+k:])
	return r
}

// Clone returns a copy of the slice.
// The elements are copied using assignment, so this is a shallow clone.
// The result may have additional unused capacity.
// The result preserves the nilness of s.
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

// Compact replaces consecutive runs of equal elements with a single copy.
// This is like the uniq command found on Unix.
// Compact modifies the contents of the slice s and returns the modified slice,
// which may have a smaller length.
// Compact zeroes the elements between the new length and the original length.
// The result preserves the nilness of s.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			continue
		}
		// s[k] is the first duplicate: from here on, keep an element
		// only when it differs from the one before it in the input.
		rest := s[k:]
		for r := 1; r < len(rest); r++ {
			if rest[r] != rest[r-1] {
				s[k] = rest[r]
				k++
			}
		}
		clear(s[k:])
		return s[:k]
	}
	return s
}

// CompactFunc is like [Compact] but uses an equality function to compare elements.
// For runs of elements that compare equal, CompactFunc keeps the first one.
// CompactFunc zeroes the elements between the new length and the original length.
// The result preserves the nilness of s.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if !eq(s[k], s[k-1]) {
			continue
		}
		rest := s[k:]
		for r := 1; r < len(rest); r++ {
			if !eq(rest[r], rest[r-1]) {
				s[k] = rest[r]
				k++
			}
		}
		clear(s[k:])
		return s[:k]
	}
	return s
}

// Grow increases the slice's capacity, if necessary, to guarantee space for
// another n elements. After Grow(n), at least n elements can be appended
// to the slice without another allocation. If n is negative or too large to
// allocate the memory, Grow panics.
// The result preserves the nilness of s.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip removes unused capacity from the slice, returning s[:len(s):len(s)].
// The result preserves the nilness of s.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses the elements of the slice in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice concatenating the passed in slices.
// If the concatenation is empty, the result is nil.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	r := Grow[S](nil, size)
	for _, s := range slices {
		r = append(r, s...)
	}
	return r
}

// Repeat returns a new slice that repeats the provided slice the given number of times.
// The result has length and capacity (len(x) * count).
// The result is never nil.
// Repeat panics if count is negative or if the result of (len(x) * count)
// overflows.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if count > 0 && len(x) > maxInt/count {
		panic("the result of (len(x) * count) overflows")
	}
	r := make(S, len(x)*count)
	n := copy(r, x)
	for n < len(r) {
		n += copy(r[n:], r[:n])
	}
	return r
}

// rotateLeft rotates s left by k places: s[i] becomes what was
// s[(i+k)%len(s)]. Three reversals move each element at most twice.
func rotateLeft[E any](s []E, k int) {
	Reverse(s[:k])
	Reverse(s[k:])
	Reverse(s)
}

func rotateRight[E any](s []E, k int) {
	rotateLeft(s, len(s)-k)
}

// overlaps reports whether a and b have an element in common. Two
// slices of one array overlap when the first element of one is an
// element of the other.
func overlaps[E any](a, b []E) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	return startIdx(a, b[:1]) >= 0 || startIdx(b, a[:1]) >= 0
}

// startIdx returns the index in haystack of needle's first element, or
// -1 if it is not one of haystack's.
func startIdx[E any](haystack, needle []E) int {
	p := &needle[0]
	for i := range haystack {
		if p == &haystack[i] {
			return i
		}
	}
	return -1
}

// ---- Sorting ----

// Sort sorts a slice of any ordered type in ascending order.
// When sorting floating-point numbers, NaNs are ordered before other values.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	pdqsort(x, 0, n, bitLen(n), cmp.Compare[E])
}

// SortFunc sorts the slice x in ascending order as determined by the cmp
// function. This sort is not guaranteed to be stable.
// cmp(a, b) should return a negative number when a < b, a positive number when
// a > b and zero when a == b or a and b are incomparable in the sense of
// a strict weak ordering.
//
// SortFunc requires that cmp is a strict weak ordering.
// See https://en.wikipedia.org/wiki/Weak_ordering#Strict_weak_orderings.
// The function should return 0 for incomparable items.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	pdqsort(x, 0, n, bitLen(n), cmp)
}

// SortStableFunc sorts the slice x while keeping the original order of equal
// elements, using cmp to compare elements in the same way as [SortFunc].
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stable(x, len(x), cmp)
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order, with cmp as the
// comparison function as defined by [SortFunc].
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// Min returns the minimal value in x. It panics if x is empty.
// For floating-point numbers, Min propagates NaNs (any NaN value in x
// forces the output to be NaN).
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		m = min(m, v)
	}
	return m
}

// MinFunc returns the minimal value in x, using cmp to compare elements.
// It panics if x is empty. If there is more than one minimal element
// according to the cmp function, MinFunc returns the first one.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) < 0 {
			m = v
		}
	}
	return m
}

// Max returns the maximal value in x. It panics if x is empty.
// For floating-point E, Max propagates NaNs (any NaN value in x
// forces the output to be NaN).
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		m = max(m, v)
	}
	return m
}

// MaxFunc returns the maximal value in x, using cmp to compare elements.
// It panics if x is empty. If there is more than one maximal element
// according to the cmp function, MaxFunc returns the first one.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) > 0 {
			m = v
		}
	}
	return m
}

// BinarySearch searches for target in a sorted slice and returns the earliest
// position where target is found, or the position where target would appear
// in the sort order; it also returns a bool saying whether the target is
// really found in the slice. The slice must be sorted in increasing order.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp.Less(x[h], target) {
			lo = h + 1 // x[lo-1] < target
		} else {
			hi = h // x[hi] >= target
		}
	}
	return lo, lo < n && (x[lo] == target || (x[lo] != x[lo] && target != target))
}

// BinarySearchFunc works like [BinarySearch], but uses a custom comparison
// function. The slice must be sorted in increasing order, where "increasing"
// is defined by cmp. cmp should return 0 if the slice element matches
// the target, a negative number if the slice element precedes the target,
// or a positive number if the slice element follows the target.
// cmp must implement the same ordering as the slice, such that if
// cmp(a, t) < 0 and cmp(b, t) >= 0, then a must precede b in the slice.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(x[h], target) < 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(x[lo], target) == 0
}

// bitLen is the number of bits needed to write n >= 0 (math/bits.Len).
func bitLen(n int) int {
	k := 0
	for u := uint(n); u != 0; u >>= 1 {
		k++
	}
	return k
}

// ---- pdqsort ----
//
// Pattern-defeating quicksort (Orson Peters, https://arxiv.org/pdf/2106.05123.pdf)
// without BlockQuicksort's partitioning, in Go's variant: every choice
// (pivots, the pattern breaker's pseudo-random swaps, the cut-offs) is
// Go's, so the same input gives Go's output order.

type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift is the pattern breaker's generator, seeded with the length.
type xorshift uint64

func (r *xorshift) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

// insertionSort sorts data[a:b].
func insertionSort[E any](data []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(data[j], data[j-1]) < 0; j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// siftDown restores the max-heap data[first+lo : first+hi] from root lo.
func siftDown[E any](data []E, lo, hi, first int, cmp func(a, b E) int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && cmp(data[first+child], data[first+child+1]) < 0 {
			child++
		}
		if cmp(data[first+root], data[first+child]) >= 0 {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}

func heapSort[E any](data []E, a, b int, cmp func(a, b E) int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a, cmp)
	}
	for i := n - 1; i >= 0; i-- {
		data[a], data[a+i] = data[a+i], data[a]
		siftDown(data, 0, i, a, cmp)
	}
}

// pdqsort sorts data[a:b]; after limit bad (unbalanced) partitions it
// gives up on quicksort for that part and heap-sorts it.
func pdqsort[E any](data []E, a, b, limit int, cmp func(a, b E) int) {
	const maxInsertion = 12
	balanced := true    // the last partition was not too lopsided
	partitioned := true // the last partition moved nothing
	for {
		n := b - a
		if n <= maxInsertion {
			insertionSort(data, a, b, cmp)
			return
		}
		if limit == 0 {
			heapSort(data, a, b, cmp)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}

		pivot, hint := choosePivot(data, a, b, cmp)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		// Probably sorted already: a few insertion steps may finish it.
		if balanced && partitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b, cmp) {
				return
			}
		}
		// data[a-1] is the previous pivot, not greater than anything
		// here: when it equals this pivot, the range starts with a run
		// of elements equal to it, which need no more sorting.
		if a > 0 && cmp(data[a-1], data[pivot]) >= 0 {
			a = partitionEqual(data, a, b, pivot, cmp)
			continue
		}

		mid, already := partition(data, a, b, pivot, cmp)
		partitioned = already
		left, right := mid-a, b-mid
		threshold := n / 8
		// Recurse into the shorter side, loop on the longer.
		if left < right {
			balanced = left >= threshold
			pdqsort(data, a, mid, limit, cmp)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsort(data, mid+1, b, limit, cmp)
			b = mid
		}
	}
}

// partition moves the pivot to data[a], then the elements of data[a+1:b]
// less than it before those not less, and the pivot between them, at the
// index it returns; already reports that nothing had to be swapped.
func partition[E any](data []E, a, b, pivot int, cmp func(a, b E) int) (mid int, already bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1 // data[i..j] is still to be looked at
	for i <= j && cmp(data[i], data[a]) < 0 {
		i++
	}
	for i <= j && cmp(data[j], data[a]) >= 0 {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && cmp(data[i], data[a]) < 0 {
			i++
		}
		for i <= j && cmp(data[j], data[a]) >= 0 {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqual moves the elements of data[a:b] equal to the pivot (none
// is less) before those greater, and returns where the greater start.
func partitionEqual[E any](data []E, a, b, pivot int, cmp func(a, b E) int) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && cmp(data[a], data[i]) >= 0 {
			i++
		}
		for i <= j && cmp(data[a], data[j]) < 0 {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

// partialInsertionSort fixes up to a few out-of-order neighbours of
// data[a:b] and reports whether it is then sorted.
func partialInsertionSort[E any](data []E, a, b int, cmp func(a, b E) int) bool {
	const (
		maxSteps         = 5  // out-of-order pairs fixed at most
		shortestShifting = 50 // shorter ranges are not worth it
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && cmp(data[i], data[i-1]) >= 0 {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		// The smaller one moves down, the greater one up. (Go's moves
		// the smaller one down to index 1 of data, not a+1; so does this.)
		if i-a >= 2 {
			for j := i - 1; j >= 1 && cmp(data[j], data[j-1]) < 0; j-- {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && cmp(data[j], data[j-1]) < 0; j++ {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle of data[a:b] with
// pseudo-random others, after a lopsided partition.
func breakPatterns[E any](data []E, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := xorshift(n)
	mask := uint(1)<<bitLen(n) - 1
	mid := a + (n/4)*2
	for idx := mid - 1; idx <= mid+1; idx++ {
		other := int(uint(r.next()) & mask)
		if other >= n {
			other -= n
		}
		data[idx], data[a+other] = data[a+other], data[idx]
	}
}

// choosePivot picks data[a:b]'s pivot: a fixed one below 8 elements, the
// median of three up to 50, Tukey's ninther from there; the hint says
// whether the samples looked increasing or decreasing.
func choosePivot[E any](data []E, a, b int, cmp func(a, b E) int) (int, sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= shortestNinther {
			i = median(data, i-1, i, i+1, &swaps, cmp)
			j = median(data, j-1, j, j+1, &swaps, cmp)
			k = median(data, k-1, k, k+1, &swaps, cmp)
		}
		j = median(data, i, j, k, &swaps, cmp)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns a and b ordered so that data[first] <= data[second],
// counting a swap in *swaps.
func order2[E any](data []E, a, b int, swaps *int, cmp func(a, b E) int) (int, int) {
	if cmp(data[b], data[a]) < 0 {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns which of a, b and c holds the median of their elements.
func median[E any](data []E, a, b, c int, swaps *int, cmp func(a, b E) int) int {
	a, b = order2(data, a, b, swaps, cmp)
	b, c = order2(data, b, c, swaps, cmp)
	_, b = order2(data, a, b, swaps, cmp)
	return b
}

func reverseRange[E any](data []E, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}

// ---- Stable sorting ----

// stable sorts data[:n] keeping equal elements in order: insertion sort
// of blocks of 20, then blocks merged pairwise, doubling, in place.
func stable[E any](data []E, n int, cmp func(a, b E) int) {
	const blockSize = 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b, cmp)
		a, b = b, b+blockSize
	}
	insertionSort(data, a, n, cmp)
	for size := blockSize; size < n; size *= 2 {
		a, b = 0, 2*size
		for b <= n {
			symMerge(data, a, a+size, b, cmp)
			a, b = b, b+2*size
		}
		if m := a + size; m < n {
			symMerge(data, a, m, n, cmp)
		}
	}
}

// symMerge merges the sorted data[a:m] and data[m:b] in place (Kim and
// Kutzner's SymMerge, "Stable Minimum Storage Merging by Symmetric
// Comparisons", 2004).
func symMerge[E any](data []E, a, m, b int, cmp func(a, b E) int) {
	if m-a == 1 {
		// One element to put in data[m:b]: after the last smaller.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if cmp(data[h], data[a]) < 0 {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		// One element to put in data[a:m]: before the first greater.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if cmp(data[m], data[h]) >= 0 {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if cmp(data[p-c], data[c]) >= 0 {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid, cmp)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b, cmp)
	}
}

// rotate exchanges the blocks data[a:m] and data[m:b].
func rotate[E any](data []E, a, m, b int) {
	rotateLeft(data[a:b], m-a)
}

// ---- Iterators ----

// All returns an iterator over index-value pairs in the slice
// in the usual order.
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

// Backward returns an iterator over index-value pairs in the slice,
// traversing it backward with descending indices.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// Values returns an iterator that yields the slice elements in order.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

// AppendSeq appends the values from seq to the slice and
// returns the extended slice.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

// Collect collects values from seq into a new slice and returns it.
// If seq is empty, the result is nil.
func Collect[E any](seq iter.Seq[E]) []E {
	return AppendSeq([]E(nil), seq)
}

// Sorted collects values from seq into a new slice, sorts the slice,
// and returns it.
// If seq is empty, the result is nil.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

// SortedFunc collects values from seq into a new slice, sorts the slice
// using the comparison function, and returns it.
// If seq is empty, the result is nil.
func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

// SortedStableFunc collects values from seq into a new slice.
// It then sorts the slice while keeping the original order of equal elements,
// using the comparison function to compare elements.
// It returns the new slice.
// If seq is empty, the result is nil.
func SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortStableFunc(s, cmp)
	return s
}

// Chunk returns an iterator over consecutive sub-slices of up to n elements of s.
// All but the last sub-slice will have size n.
// All sub-slices are clipped to have no capacity beyond the length.
// If s is empty, the sequence is empty: there is no empty slice in the sequence.
// Chunk panics if n is less than 1.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for i := 0; i < len(s); i += n {
			end := min(i+n, len(s))
			if !yield(s[i:end:end]) {
				return
			}
		}
	}
}
