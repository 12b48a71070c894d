-- bench: lua5.4 only
-- strings.lua: the same as strings.go (a table of pieces and table.concat
-- play the part of strings.Builder)
local n = 2000000

local parts = {}
for i = 0, n - 1 do
  parts[#parts + 1] = tostring(i * 7)
  parts[#parts + 1] = ","
end
local s = table.concat(parts)
print(#s .. " " .. s:sub(-20))

local total = 0
local last = ""
for i = 0, n // 10 - 1 do
  local line = ""
  for j = 0, 9 do
    line = line .. "k" .. tostring(i + j) .. "="
  end
  total = total + #line
  last = line
end
print(total .. " " .. last)
