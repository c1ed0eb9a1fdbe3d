-- A write as a rep makes it: GET the quiz (a new take each round, so a fresh attempt id) or the
-- review page, fill in the form it serves, POST it; then the next. One connection per thread, so
-- the two alternate. Only the POST is timed (wall clock, here in Lua; wrk's own figures mix both),
-- and a 303 (post-redirect-get of a recorded answer) counts as ok. Every question gets its first
-- option (or "x" typed), confidence "sure".
-- Writes "S id" when a form is sent and "R microseconds status id" when its answer comes.
-- env: BENCH_DIR, COOKIES, THREADS, KIND (quiz|review), MODULE, TAKE_BASE, OUT (latency files prefix)
local c = dofile(os.getenv("BENCH_DIR") .. "/common.lua")
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function micros()
   ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
   return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end

local cookies, n, kind, module, takeBase, out, current, pending, started, posting, sent

function setup(thread) c.setup(thread) end

function init(args)
   local all = c.lines(os.getenv("COOKIES"))
   local threads = tonumber(os.getenv("THREADS"))
   cookies = {}
   for i = id, #all, threads do cookies[#cookies + 1] = all[i] end
   kind = os.getenv("KIND")
   module = os.getenv("MODULE")
   takeBase = tonumber(os.getenv("TAKE_BASE") or "2")
   out = io.open(os.getenv("OUT") .. "." .. id, "w")
   out:setvbuf("line")
   n = 0
end

function request()
   if pending then
      local req = pending
      pending = nil
      posting = true
      -- the attempt or review event id the form was served with: run.sh looks each one up
      sent = req:match("[&\r\n](attempt=[%x%-]+)") or req:match("[&\r\n](event=[%x%-]+)") or "none=?"
      sent = sent:match("=(.*)$")
      out:write("S " .. sent .. "\n")
      started = micros()
      return req
   end
   posting = false
   n = n + 1
   current = cookies[(n - 1) % #cookies + 1]
   local path = "/reviews"
   if kind == "quiz" then
      path = "/modules/" .. module .. "/quiz?take=" .. (takeBase + math.floor((n - 1) / #cookies))
   end
   return wrk.format("GET", path, { Cookie = current })
end

local function attr(tag, name)
   local v = tag:match('%s' .. name .. '="([^"]*)"')
   return v and c.htmldecode(v)
end

local function filled(body)
   local form = body:match('<form[^>]-class="quiz"[^>]*>.-</form>')
   if form == nil then return nil end
   local action = attr(form:match('<form[^>]*>'), "action")
   local parts, answered = {}, {}
   for tag in form:gmatch("<input[^>]*>") do
      local t, name, value = attr(tag, "type"), attr(tag, "name"), attr(tag, "value")
      if name and t == "hidden" then
         parts[#parts + 1] = c.urlencode(name) .. "=" .. c.urlencode(value or "")
      elseif name and name:match("^q%d+$") and not answered[name] then
         answered[name] = true
         parts[#parts + 1] = name .. "=" .. c.urlencode((t == "text") and "x" or (value or ""))
         parts[#parts + 1] = "c" .. name:sub(2) .. "=sure"
      end
   end
   if next(answered) == nil or action == nil then return nil end
   return wrk.format("POST", action, { Cookie = current, ["Content-Type"] = "application/x-www-form-urlencoded" },
      table.concat(parts, "&"))
end

function response(status, headers, body)
   if posting then
      out:write(string.format("R %d %d %s\n", math.floor(micros() - started), status, sent))
      if status == 303 then ok = ok + 1 else bad = bad + 1 end
   elseif status == 200 and body then
      pending = filled(body)
      if pending == nil then extra = extra + 1 end -- nothing to answer (no review due, take used)
   else
      extra = extra + 1
   end
end

function done(summary, latency, requests) c.done(summary, latency) end
