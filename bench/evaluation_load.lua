-- wrk script for bench/evaluation_load.sh: checks every response of a run.
--
-- The request is wrk's own (the URL and the -H headers: the commissioner's
-- session cookie for the dashboards, none for the open data). Every response
-- must be 200 and hold LW_EXPECT (text that only a page with its figures
-- has, e.g. "Download these figures"). done() prints, after wrk's report:
--   lw_ok N, lw_bad N, lw_first_failure STATUS <the body's first 300 characters>
--
-- Environment (set by evaluation_load.sh):
--   LW_EXPECT  text every good page holds

local expect = os.getenv("LW_EXPECT") or ""
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

-- Per thread (each wrk thread has its own Lua state).
ok = 0
bad = 0
first_failure = ""

function response(status, headers, body)
  if status == 200 and string.find(body, expect, 1, true) then
    ok = ok + 1
  else
    bad = bad + 1
    if first_failure == "" then
      first_failure = tostring(status) .. " " .. string.sub(string.gsub(body, "%s+", " "), 1, 300)
    end
  end
end

function done(summary, latency, requests)
  local o, b, f = 0, 0, ""
  for _, t in ipairs(threads) do
    o = o + (t:get("ok") or 0)
    b = b + (t:get("bad") or 0)
    if f == "" then f = t:get("first_failure") or "" end
  end
  io.write(string.format("lw_ok %d\nlw_bad %d\n", o, b))
  if f ~= "" then io.write("lw_first_failure " .. f .. "\n") end
end
