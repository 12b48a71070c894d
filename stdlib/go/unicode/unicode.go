// Package unicode: character classes and case mappings. The natives are
// in stdlib/unicode.c.
//
//minigo:natives
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)
const Version = "15.0.0"

func isLetter(r rune) bool
func IsLetter(r rune) bool { return isLetter(r) }
func isUpper(r rune) bool
func IsUpper(r rune) bool { return isUpper(r) }
func isLower(r rune) bool
func IsLower(r rune) bool { return isLower(r) }
func isTitle(r rune) bool
func IsTitle(r rune) bool { return isTitle(r) }
func isDigit(r rune) bool
func IsDigit(r rune) bool { return isDigit(r) }
func isNumber(r rune) bool
func IsNumber(r rune) bool { return isNumber(r) }
func isSpace(r rune) bool
func IsSpace(r rune) bool { return isSpace(r) }
func isPunct(r rune) bool
func IsPunct(r rune) bool { return isPunct(r) }
func isSymbol(r rune) bool
func IsSymbol(r rune) bool { return isSymbol(r) }
func isMark(r rune) bool
func IsMark(r rune) bool { return isMark(r) }
func isGraphic(r rune) bool
func IsGraphic(r rune) bool { return isGraphic(r) }
func isPrint(r rune) bool
func IsPrint(r rune) bool { return isPrint(r) }
func isControl(r rune) bool
func IsControl(r rune) bool { return isControl(r) }
func toUpper(r rune) rune
func ToUpper(r rune) rune { return toUpper(r) }
func toLower(r rune) rune
func ToLower(r rune) rune { return toLower(r) }
func toTitle(r rune) rune
func ToTitle(r rune) rune { return toTitle(r) }
func to(_case int, r rune) rune
func To(_case int, r rune) rune { return to(_case, r) }
func simpleFold(r rune) rune
func SimpleFold(r rune) rune { return simpleFold(r) }
