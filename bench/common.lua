-- Shared by the wrk scripts of bench/run.sh. One connection per wrk thread (-t N -c N), so a
-- thread's response() always belongs to the request() it made last.
local M = {}

function M.lines(path)
   local out = {}
   local f = io.open(path, "r")
   if f == nil then return out end
   for line in f:lines() do
      if line ~= "" then out[#out + 1] = line end
   end
   f:close()
   return out
end

local threads = {}
local counter = 0

-- setup(): number the threads so each works on its own slice and files
function M.setup(thread)
   counter = counter + 1
   thread:set("id", counter)
   thread:set("ok", 0)
   thread:set("bad", 0)
   thread:set("extra", 0)
   threads[#threads + 1] = thread
end

-- done(): one machine-readable line for run.sh
function M.done(summary, latency)
   local ok, bad, extra = 0, 0, 0
   for _, t in ipairs(threads) do
      ok = ok + (t:get("ok") or 0)
      bad = bad + (t:get("bad") or 0)
      extra = extra + (t:get("extra") or 0)
   end
   local e = summary.errors
   io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d ok=%d bad=%d extra=%d socket_errors=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), ok, bad, extra,
      e.connect + e.read + e.write + e.timeout))
end

function M.urlencode(s)
   return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function M.htmldecode(s)
   return (s:gsub("&quot;", '"'):gsub("&#39;", "'"):gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&amp;", "&"))
end

return M
