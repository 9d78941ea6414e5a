-- wrk script for bench/frontdoor_load.sh: the last POST of the public
-- "Introduce yourself" journey (POST /introduce/send), as a browser sends it
-- from the check page, with a new submission_key on every request, so every
-- request stores a new introduction (a repeated key would only show the first
-- one's reference again).
--
-- Environment (set by frontdoor_load.sh):
--   LW_CSRF           the lw_csrf cookie from GET /introduce (double submit:
--                     sent as the cookie and as csrf_token in the body)
--   LW_FORM           the check page's form fields, urlencoded, without
--                     csrf_token, submission_key and neighbourhood (the
--                     script adds those)
--   LW_NEIGHBOURHOODS comma-separated neighbourhood ids (or "not-sure") to
--                     cycle through, so the introductions reach every team
--   LW_RUN            a prefix unique to this wrk run, for the keys
--   LW_QUOTA          optional: each wrk thread stops (wrk.thread:stop()) once
--                     it has this many confirmations (seeding a store to a
--                     number of introductions; requests already sent on the
--                     thread's other connections are still answered and stored)
--
-- Every response is checked: 200 whose body holds "Introduction sent" and
-- "Your reference number" is a confirmation. done() prints
--   lw_confirmed N, lw_unconfirmed N, lw_first_failure STATUS (if any)
-- after wrk's own report.

local csrf = os.getenv("LW_CSRF") or error("LW_CSRF is not set")
local form = os.getenv("LW_FORM") or error("LW_FORM is not set")
local run = os.getenv("LW_RUN") or error("LW_RUN is not set")
local hoods = {}
for h in string.gmatch(os.getenv("LW_NEIGHBOURHOODS") or "not-sure", "[^,]+") do
  hoods[#hoods + 1] = h
end

local quota = tonumber(os.getenv("LW_QUOTA") or "")
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

-- Per thread (each wrk thread has its own Lua state).
confirmed = 0
unconfirmed = 0
first_failure = ""
local n = 0
local prefix

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Cookie"] = "lw_csrf=" .. csrf
  prefix = form .. "&csrf_token=" .. csrf .. "&neighbourhood="
end

function request()
  n = n + 1
  local body = prefix .. hoods[(n % #hoods) + 1] ..
               "&submission_key=" .. run .. "-" .. tid .. "-" .. n
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status == 200 and string.find(body, "Introduction sent", 1, true) and
     string.find(body, "Your reference number", 1, true) then
    confirmed = confirmed + 1
    if quota and confirmed >= quota then wrk.thread:stop() end
  else
    unconfirmed = unconfirmed + 1
    if first_failure == "" then
      first_failure = tostring(status) .. " " .. string.sub(string.gsub(body, "%s+", " "), 1, 300)
    end
  end
end

function done(summary, latency, requests)
  local c, u, f = 0, 0, ""
  for _, t in ipairs(threads) do
    c = c + (t:get("confirmed") or 0)
    u = u + (t:get("unconfirmed") or 0)
    if f == "" then f = t:get("first_failure") or "" end
  end
  io.write(string.format("lw_confirmed %d\nlw_unconfirmed %d\n", c, u))
  if f ~= "" then io.write("lw_first_failure " .. f .. "\n") end
end
