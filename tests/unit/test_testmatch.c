/* test_testmatch.c — unit tests of stdlib/testmatch.c, the regexps of
 * minigo test's -run and -bench.
 *
 * Every expectation below is what Go 1.26's regexp.MatchString returns
 * for the same pattern and text (the result, or the error's text),
 * printed by a Go program over these cases, not written by hand.
 */
#include <gc.h>
#include <string.h>

#include "check.h"
#include "../../stdlib/testmatch.h"

static const struct { const char *pat, *s; bool ok; const char *err; } cases[] = {
    { "", "", 1, "" },
    { "", "abc", 1, "" },
    { "a", "cat", 1, "" },
    { "a", "dog", 0, "" },
    { "^Test", "TestX", 1, "" },
    { "^Test", "MyTest", 0, "" },
    { "X$", "TestX", 1, "" },
    { "X$", "TestXY", 0, "" },
    { "^TestA$", "TestA", 1, "" },
    { "^TestA$", "TestAB", 0, "" },
    { "A|B", "xBx", 1, "" },
    { "A|B", "xCx", 0, "" },
    { "^(A|B)$", "B", 1, "" },
    { "^(A|B)$", "AB", 0, "" },
    { "a.c", "abc", 1, "" },
    { "a.c", "a\nc", 0, "" },
    { "(?s)a.c", "a\nc", 1, "" },
    { "ab*c", "ac", 1, "" },
    { "ab*c", "abbbc", 1, "" },
    { "ab+c", "ac", 0, "" },
    { "ab+c", "abc", 1, "" },
    { "ab?c", "abbc", 0, "" },
    { "^a{2}$", "aa", 1, "" },
    { "^a{2}$", "aaa", 0, "" },
    { "^a{2,}$", "aaaa", 1, "" },
    { "^a{2,3}$", "aaaa", 0, "" },
    { "^a{2,3}$", "aaa", 1, "" },
    { "a{", "a{", 1, "" },
    { "a{x}", "a{x}", 1, "" },
    { "a{,2}", "a{,2}", 1, "" },
    { "[abc]", "xbx", 1, "" },
    { "[abc]", "xyz", 0, "" },
    { "^[a-z]+$", "hello", 1, "" },
    { "^[a-z]+$", "Hello", 0, "" },
    { "[^a-z]", "abc", 0, "" },
    { "[^a-z]", "abC", 1, "" },
    { "[]a]", "]", 1, "" },
    { "[a-]", "-", 1, "" },
    { "[-a]", "-", 1, "" },
    { "\\d+", "n=42", 1, "" },
    { "^\\d+$", "4x2", 0, "" },
    { "\\w", "!!", 0, "" },
    { "\\W", "ab", 0, "" },
    { "\\s", "a b", 1, "" },
    { "\\S", "   ", 0, "" },
    { "[\\d\\s]", "x y", 1, "" },
    { "[\\D]", "123", 0, "" },
    { "[[:alpha:]]", "12a", 1, "" },
    { "[[:^alpha:]]", "abc", 0, "" },
    { "[[:digit:]x]", "x", 1, "" },
    { "(?i)test", "TEST", 1, "" },
    { "(?i)[a-c]", "B", 1, "" },
    { "(?i:x)y", "Xy", 1, "" },
    { "(?i:x)y", "XY", 0, "" },
    { "\\bfoo\\b", "a foo b", 1, "" },
    { "\\bfoo\\b", "afoob", 0, "" },
    { "\\Bo\\B", "foo", 1, "" },
    { "\\Aab", "ab", 1, "" },
    { "ab\\z", "xab", 1, "" },
    { "a\\.b", "a.b", 1, "" },
    { "a\\.b", "axb", 0, "" },
    { "\\Qa.b\\E", "a.b", 1, "" },
    { "\\Qa.b\\E", "axb", 0, "" },
    { "\\x41", "A", 1, "" },
    { "\\x{263a}", "☺", 1, "" },
    { "\\101", "A", 1, "" },
    { "é", "café", 1, "" },
    { "^.$", "é", 1, "" },
    { "Sub/a", "Sub/a", 1, "" },
    { "(a*)*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac", 0, "" },
    { "(a|aa)*$", "aaaa", 1, "" },
    { "x*", "", 1, "" },
    { "^$", "", 1, "" },
    { "^$", "a", 0, "" },
    { "(?m)^b", "a\nb", 1, "" },
    { "^b", "a\nb", 0, "" },
    { "(?P<n>ab)c", "abc", 1, "" },
    { "(?<n>ab)c", "xabc", 1, "" },
    { "a(?:b|c)d", "acd", 1, "" },
    { "ab*?c", "abbc", 1, "" },
    { "a+?", "a", 1, "" },
    { "a??b", "b", 1, "" },
    { "[a-c-e]", "-", 1, "" },
    { "\\n", "\n", 1, "" },
    { "\\t", "\t", 1, "" },
    { "a(", "x", 0, "error parsing regexp: missing closing ): `a(`" },
    { "a)", "x", 0, "error parsing regexp: unexpected ): `a)`" },
    { "(a", "x", 0, "error parsing regexp: missing closing ): `(a`" },
    { "[ab", "x", 0, "error parsing regexp: missing closing ]: `[ab`" },
    { "*a", "x", 0, "error parsing regexp: missing argument to repetition operator: `*`" },
    { "a**", "x", 0, "error parsing regexp: invalid nested repetition operator: `**`" },
    { "a+*", "x", 0, "error parsing regexp: invalid nested repetition operator: `+*`" },
    { "a*?*", "x", 0, "error parsing regexp: invalid nested repetition operator: `*?*`" },
    { "a\\", "x", 0, "error parsing regexp: trailing backslash at end of expression: ``" },
    { "\\q", "x", 0, "error parsing regexp: invalid escape sequence: `\\q`" },
    { "[z-a]", "x", 0, "error parsing regexp: invalid character class range: `z-a`" },
    { "a{1001}", "x", 0, "error parsing regexp: invalid repeat count: `{1001}`" },
    { "a{2,1}", "x", 0, "error parsing regexp: invalid repeat count: `{2,1}`" },
    { "(?z)", "x", 0, "error parsing regexp: invalid or unsupported Perl syntax: `(?z`" },
    { "x|*", "x", 0, "error parsing regexp: missing argument to repetition operator: `*`" },
    { "(*)", "x", 0, "error parsing regexp: missing argument to repetition operator: `*`" },
    { "\\x", "x", 0, "error parsing regexp: invalid escape sequence: `\\x`" },
    { "\\xZZ", "x", 0, "error parsing regexp: invalid escape sequence: `\\xZZ`" },
    { "\\x{zz}", "x", 0, "error parsing regexp: invalid escape sequence: `\\x{z`" },
    { "\\8", "x", 0, "error parsing regexp: invalid escape sequence: `\\8`" },
    { "\\1", "x", 0, "error parsing regexp: invalid escape sequence: `\\1`" },
    { "[[:foo:]]", "x", 0, "error parsing regexp: invalid character class range: `[:foo:]`" },
    { "(?P<>a)", "x", 0, "error parsing regexp: invalid named capture: `(?P<>`" },
    { "a{2}{3}", "x", 0, "error parsing regexp: invalid nested repetition operator: `{2}{3}`" },
    { "a|", "b", 1, "" },
    { "|a", "b", 1, "" },
    { "()", "b", 1, "" },
    { "[a\\]]", "]", 1, "" },
    { "[\\x41-\\x43]", "B", 1, "" },
    { "^[^\\n]*$", "ab", 1, "" },
    { "(?i)é", "É", 1, "" },
    { "(?i)[^a]", "A", 0, "" },
    { "(?i)[^a]", "b", 1, "" },
    { "(?i)k", "K", 1, "" },
    { "(?i)[k]", "K", 1, "" },
    { "[^\\d]", "5", 0, "" },
    { "[^\\d]", "5x", 1, "" },
    { "(?i)[^\\W]", "_", 1, "" },
    { "a{0}b", "b", 1, "" },
    { "^(ab){2}$", "abab", 1, "" },
    { "^x{0,2}$", "xxx", 0, "" },
    { "TestPar/[ab", "x", 0, "error parsing regexp: missing closing ]: `[ab`" },
    { "^*", "a", 1, "" },
    { "$*", "a", 1, "" },
};

int main(void) {
    GC_INIT();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *err;
        bool ok = testmatch(cases[i].pat, strlen(cases[i].pat), cases[i].s, strlen(cases[i].s), &err);
        const char *want = cases[i].err[0] ? cases[i].err : NULL;
        CHECK(ok == cases[i].ok, "MatchString(%s, %s) = %d, want %d", cases[i].pat, cases[i].s, ok, cases[i].ok);
        CHECK((!err && !want) || (err && want && strcmp(err, want) == 0), "MatchString(%s) error: %s, want %s",
              cases[i].pat, err ? err : "(none)", want ? want : "(none)");
    }
    /* a name of a million runes is searched in linear time */
    size_t n = 1000000;
    char *big = GC_MALLOC_ATOMIC(n + 2);
    memset(big, 'a', n);
    big[n] = 'c';
    big[n + 1] = 0;
    const char *err;
    CHECK(!testmatch("(a*)*b", 6, big, n + 1, &err) && !err, "(a*)*b on a million a's");
    CHECK(testmatch("(a|aa)*c$", 9, big, n + 1, &err), "(a|aa)*c$ on a million a's");
    return check_done();
}
