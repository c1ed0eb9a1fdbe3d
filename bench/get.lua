-- GET one path as signed-in users, each request with the next cookie of the thread's slice.
-- env: BENCH_DIR, COOKIES (file, one Cookie header a line; empty: anonymous), PATHS (space-separated,
-- used in turn), ACCEPT (optional Accept header). A response is ok when its status is the one
-- expected (EXPECT, default 200).
local c = dofile(os.getenv("BENCH_DIR") .. "/common.lua")
local cookies, paths, n, expect, accept

function setup(thread) c.setup(thread) end

function init(args)
   local all = os.getenv("COOKIES") and c.lines(os.getenv("COOKIES")) or {}
   local threads = tonumber(os.getenv("THREADS"))
   cookies = {}
   for i = id, #all, threads do cookies[#cookies + 1] = all[i] end
   if #cookies == 0 and #all > 0 then cookies = all end
   paths = {}
   for p in string.gmatch(os.getenv("PATHS"), "%S+") do paths[#paths + 1] = p end
   expect = tonumber(os.getenv("EXPECT") or "200")
   accept = os.getenv("ACCEPT")
   n = 0
end

function request()
   n = n + 1
   local headers = {}
   if #cookies > 0 then headers["Cookie"] = cookies[(n - 1) % #cookies + 1] end
   if accept then headers["Accept"] = accept end
   return wrk.format("GET", paths[(n - 1) % #paths + 1], headers)
end

function response(status, headers, body)
   if status == expect then ok = ok + 1 else bad = bad + 1 end
end

function done(summary, latency, requests) c.done(summary, latency) end
