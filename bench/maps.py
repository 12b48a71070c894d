# maps.py: the same as maps.go
def main():
    n = 500000

    m = {}
    x = 42
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = x % 1000000
        m[k] = m.get(k, 0) + i
    hits = total = 0
    for _ in range(2 * n):
        x = (x * 1103515245 + 12345) % 2147483648
        v = m.get(x % 1000000)
        if v is not None:
            hits += 1
            total += v % 1000
    print(len(m), hits, total)

    s = {}
    for i in range(n):
        k = "key" + str(i % 50000)
        s[k] = s.get(k, 0) + 1
    found = 0
    for i in range(n):
        found += s.get("key" + str(i), 0)
    del s["key7"]
    print(len(s), found)


main()
