-- wrk script for bench/store_load.sh: GET /api/v1/people/{id}, cycling through
-- the ids in LW_PERSON_IDS (comma-separated; the script creates the people).
-- The bearer token comes from wrk's -H "Authorization: Bearer ..." and is kept
-- in wrk.headers, which wrk.format uses.
local ids = {}
for id in string.gmatch(os.getenv("LW_PERSON_IDS") or "", "[^,]+") do
  ids[#ids + 1] = id
end
assert(#ids > 0, "LW_PERSON_IDS is empty")

local n = 0
function setup(thread)
  -- Each wrk thread starts at a different person.
  n = n + 1
  thread:set("offset", n)
end

local i = 0
function request()
  i = i + 1
  local k = ((i + (offset or 0)) % #ids) + 1
  return wrk.format("GET", "/api/v1/people/" .. ids[k])
end
