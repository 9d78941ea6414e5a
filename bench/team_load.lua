-- wrk script for bench/team_load.sh: GET one page (the URL's path) as 16
-- signed-in users at once, each user with exactly one request in flight.
--
-- wrk does not tell a script which connection a request goes on, so the
-- users are handed round instead: each wrk thread starts with its share of
-- the users queued, request() takes the user at the head of the queue, and
-- response() puts the user the page was rendered for (the signed-in name in
-- the page's header, "Bench User NN") at the back. With as many connections
-- as users, every user always has one request in flight, as a person at a
-- browser would; which TCP connection carries it does not matter to the
-- server (the session is the cookie).
--
-- Environment (set by team_load.sh):
--   LW_USERS        "Bench User 01=<lw_session>,Bench User 02=<lw_session>,..."
--   LW_WRK_THREADS  wrk's -t (the users are dealt out to the threads in turn)
--   LW_EXPECT       text every good page holds (e.g. "Today&#39;s huddle")
--
-- wrk calls request() once on its first thread before the run, to check
-- the script (script_verify_request in wrk.c); that request is never sent,
-- so its user (the thread's first) is missing from the queue when the
-- thread's last connection opens, which then takes the thread's users in
-- turn, starting with the first: the same user. So a run has one
-- "unqueued" request and every user one request in flight. More than one
-- means a request went unanswered (a timeout, a dropped connection).
--
-- Every response is checked: 200, naming a user of this thread, holding
-- LW_EXPECT. done() prints, after wrk's report:
--   lw_ok N, lw_bad N, lw_unqueued N (requests sent for a user not taken
--   from the queue), lw_first_failure STATUS ...

local nthreads = tonumber(os.getenv("LW_WRK_THREADS") or "1")
local expect = os.getenv("LW_EXPECT") or ""
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

-- Per thread (each wrk thread has its own Lua state).
ok = 0
bad = 0
unqueued = 0
first_failure = ""
local mine = {}     -- this thread's users: {name, cookie}
local by_name = {}  -- name -> index in mine
local queue, head, tail = {}, 1, 0
local turn = 0

function init(args)
  local i = 0
  for name, cookie in string.gmatch(os.getenv("LW_USERS") or "", "([^=,]+)=([^,]+)") do
    i = i + 1
    if (i - 1) % nthreads == tid - 1 then
      mine[#mine + 1] = {name = name, cookie = "lw_session=" .. cookie}
      by_name[name] = #mine
    end
  end
  if #mine == 0 then error("no users for wrk thread " .. tid .. " in LW_USERS") end
  for k = 1, #mine do
    tail = tail + 1
    queue[tail] = k
  end
end

function request()
  local k
  if head <= tail then
    k = queue[head]
    queue[head] = nil
    head = head + 1
  else
    turn = turn % #mine + 1
    k = turn
    unqueued = unqueued + 1
  end
  wrk.headers["Cookie"] = mine[k].cookie
  return wrk.format(nil, nil)
end

function response(status, headers, body)
  local name = string.match(body, "Bench User %d%d")
  local k = name and by_name[name]
  if status == 200 and k and string.find(body, expect, 1, true) then
    ok = ok + 1
  else
    bad = bad + 1
    if first_failure == "" then
      first_failure = tostring(status) .. " " .. tostring(name) .. " " ..
                      string.sub(string.gsub(body, "%s+", " "), 1, 300)
    end
  end
  if k then
    tail = tail + 1
    queue[tail] = k
  end
end

function done(summary, latency, requests)
  local o, b, u, f = 0, 0, 0, ""
  for _, t in ipairs(threads) do
    o = o + (t:get("ok") or 0)
    b = b + (t:get("bad") or 0)
    u = u + (t:get("unqueued") or 0)
    if f == "" then f = t:get("first_failure") or "" end
  end
  io.write(string.format("lw_ok %d\nlw_bad %d\nlw_unqueued %d\n", o, b, u))
  if f ~= "" then io.write("lw_first_failure " .. f .. "\n") end
end
