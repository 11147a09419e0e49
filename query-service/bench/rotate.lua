-- wrk: requests the paths of URL_FILE (one full URL per line) round-robin
local paths = {}
for line in io.lines(os.getenv("URL_FILE")) do
  local path = line:match("^https?://[^/]+(/.*)$")
  if path then paths[#paths + 1] = path end
end
local n = 0
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
