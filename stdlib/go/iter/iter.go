// Package iter provides basic definitions related to iterators over
// sequences.
//
// An iterator is a function that passes successive elements of a sequence
// to a callback function, conventionally named yield. The function stops
// either when the sequence is finished or when yield returns false,
// indicating to stop the iteration early. A range statement over a
// function of one of these types calls it with a yield function of its
// own (Go 1.23's range-over-func).
//
// Pull and Pull2, which turn a push iterator into a pair of next and stop
// functions, need a coroutine under them (Go's runtime switches
// goroutines directly); they are not here yet and will be added on
// minigo's coroutine primitive.
package iter

// Seq is an iterator over sequences of individual values. When called as
// seq(yield), seq calls yield(v) for each value v in the sequence,
// stopping early if yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values, most commonly
// key-value pairs. When called as seq(yield), seq calls yield(k, v) for
// each pair (k, v) in the sequence, stopping early if yield returns false.
type Seq2[K, V any] func(yield func(K, V) bool)
