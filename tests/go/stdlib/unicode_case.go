package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'A', 'ß', 'é', 'Σ', 'ς', 'ж', 'Ж', 'ǅ', 'ǆ', 'Ǆ', '1', 'ÿ', 'ı', 'İ', 'ꙋ'} {
		fmt.Printf("%c %c %c %c %c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.SimpleFold('K'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'), unicode.SimpleFold(-1))
}

// Output:
// a A a A A
// A A a A a
// ß ß ß ß ẞ
// é É é É É
// Σ Σ σ Σ ς
// ς Σ ς Σ σ
// ж Ж ж Ж Ж
// Ж Ж ж Ж ж
// ǅ Ǆ ǆ ǅ ǆ
// ǆ Ǆ ǆ ǅ Ǆ
// Ǆ Ǆ ǆ ǅ ǅ
// 1 1 1 1 1
// ÿ Ÿ ÿ Ÿ Ÿ
// ı I ı I ı
// İ İ i İ İ
// ꙋ Ꙋ ꙋ Ꙋ ᲈ
// 81 113 1114111 65533 127 255
// 107 8490 75 -1
