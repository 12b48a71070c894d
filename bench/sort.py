# sort.py: the same as sort.go (list.sort; the records with a comparison
# function through functools.cmp_to_key, as sort.Slice and table.sort do)
import functools


def main():
    n = 300000

    a = []
    x = 7
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a.append(x % 1000000)
    a.sort()
    check = 0
    for i, v in enumerate(a):
        check = (check + v * (i % 100)) % 1000000007
    print(len(a), a[0], a[n // 2], a[n - 1], check)

    ps = []
    for i in range(n):
        ps.append(((i * 7919) % n, i))
    ps.sort(key=functools.cmp_to_key(lambda p, q: q[0] - p[0]))
    check = 0
    for i in range(0, n, 1000):
        check = (check * 31 + ps[i][1]) % 1000000007
    print(ps[0][0], ps[0][1], ps[n - 1][0], ps[n - 1][1], check)


main()
