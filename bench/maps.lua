-- bench: lua5.4 only
-- maps.lua: the same as maps.go
local n = 500000

local m = {}
local count = 0
local x = 42
for i = 0, n - 1 do
  x = (x * 1103515245 + 12345) % 2147483648
  local k = x % 1000000
  local v = m[k]
  if v == nil then
    count = count + 1
    v = 0
  end
  m[k] = v + i
end
local hits, sum = 0, 0
for _ = 0, 2 * n - 1 do
  x = (x * 1103515245 + 12345) % 2147483648
  local v = m[x % 1000000]
  if v ~= nil then
    hits = hits + 1
    sum = sum + v % 1000
  end
end
print(count .. " " .. hits .. " " .. sum)

local s = {}
local scount = 0
for i = 0, n - 1 do
  local k = "key" .. tostring(i % 50000)
  local v = s[k]
  if v == nil then
    scount = scount + 1
    v = 0
  end
  s[k] = v + 1
end
local found = 0
for i = 0, n - 1 do
  found = found + (s["key" .. tostring(i)] or 0)
end
if s["key7"] ~= nil then
  s["key7"] = nil
  scount = scount - 1
end
print(scount .. " " .. found)
