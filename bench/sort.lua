-- bench: lua5.4 only
-- sort.lua: the same as sort.go (table.sort, with a comparison function
-- for the records)
local n = 300000

local a = {}
local x = 7
for i = 0, n - 1 do
  x = (x * 1103515245 + 12345) % 2147483648
  a[#a + 1] = x % 1000000
end
table.sort(a)
local check = 0
for i = 1, #a do
  check = (check + a[i] * ((i - 1) % 100)) % 1000000007
end
print(#a .. " " .. a[1] .. " " .. a[n // 2 + 1] .. " " .. a[n] .. " " .. check)

local ps = {}
for i = 0, n - 1 do
  ps[#ps + 1] = {key = (i * 7919) % n, val = i}
end
table.sort(ps, function(p, q) return p.key > q.key end)
check = 0
for i = 0, n - 1, 1000 do
  check = (check * 31 + ps[i + 1].val) % 1000000007
end
print(ps[1].key .. " " .. ps[1].val .. " " .. ps[n].key .. " " .. ps[n].val .. " " .. check)
