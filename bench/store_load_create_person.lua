-- wrk script for bench/store_load.sh: POST /api/v1/people with the same JSON body
-- every time (each request creates a new person: version 1 plus an audit entry).
-- The bearer token comes from wrk's -H "Authorization: Bearer ...".
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"given_name":"Nia","family_name":"Jones","postcode":"ML1 2AB",' ..
           '"reason":"Introduced by GP"}'
