-- wrk script for tradewh serve: each request a different address (a counter in a parameter no
-- page reads), so that no answer comes from the server's cache of answers and every request
-- opens (or borrows) a connection and runs its query. Usage:
--   wrk -t2 -c50 -d10s -s Scripts/wrk-uncached.lua 'http://127.0.0.1:8080/api/query/yoy?period=2024-01'
local counter = 0
request = function()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format("GET", wrk.path .. separator .. "n=" .. counter)
end
