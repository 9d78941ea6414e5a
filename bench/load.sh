#!/usr/bin/env bash
# HTTP load benchmark: livingwell against nginx serving the same bytes, in one run.
#
#   bench/load.sh [BUILD_DIR]          (default BUILD_DIR=build-release)
#
# Environment: DUR (seconds per wrk run, 10), REPS (runs per target, 3),
# WARMUP (seconds of discarded load per target before round 1, 1; 0 skips),
# STARTS (empty-store start-ups timed, 3), CONN (wrk connections, 64),
# THREADS (wrk threads, 2), STRICT=1 (exit 1 when a budget fails),
# REBUILD=1 (run `cmake --build` even when the binary exists),
# CMAKE_EXTRA_ARGS (added to the configure step, see below).
#
# Everything listens on 127.0.0.1 only; every load is bounded by wrk -d; the EXIT
# trap stops what the script started (livingwell: SIGTERM, nginx: QUIT) and removes
# its temporary directories. Results go to bench/results/<UTC timestamp>/.
# See bench/README.md and docs/performance.md.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"

BUILD_DIR="${1:-build-release}"
DUR="${DUR:-10}"; REPS="${REPS:-3}"; WARMUP="${WARMUP:-1}"; STARTS="${STARTS:-3}"
CONN="${CONN:-64}"; THREADS="${THREADS:-2}"; STRICT="${STRICT:-0}"
# Extra arguments for configuring a Release build dir that does not exist yet.
CMAKE_EXTRA_ARGS="${CMAKE_EXTRA_ARGS-}"
START_TIMEOUT_S=60

log() { printf '[load] %s\n' "$*" >&2; }
die() { printf '[load] ERROR: %s\n' "$*" >&2; exit 2; }

# --- 1. tools -----------------------------------------------------------------
need=()
for pkg in wrk nginx-light curl; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  log "installing ${need[*]}"
  SUDO=(); [ "$(id -u)" -eq 0 ] || SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || die "nginx not found after installing nginx-light"

# --- 2. release build ---------------------------------------------------------
BIN="$BUILD_DIR/livingwell"
if [ ! -x "$BIN" ]; then
  log "no $BIN: configuring and building a Release build in $BUILD_DIR"
  # shellcheck disable=SC2086  # CMAKE_EXTRA_ARGS is a word list on purpose
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLW_BUILD_TESTS=OFF \
    $CMAKE_EXTRA_ARGS
  cmake --build "$BUILD_DIR"
elif [ "${REBUILD:-0}" = 1 ]; then
  cmake --build "$BUILD_DIR"
fi
[ -x "$BIN" ] || die "$BIN was not built"
BUILD_TYPE="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)"
[ "$BUILD_TYPE" = Release ] || log "WARNING: $BUILD_DIR is a '${BUILD_TYPE:-unknown}' build, not Release"
CSS_SRC="$BUILD_DIR/static/css/app.css"
[ -f "$CSS_SRC" ] || die "$CSS_SRC missing (the build copies static assets next to the binary)"

# --- scratch space and cleanup ------------------------------------------------
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$HERE/results/$STAMP"
RAW="$OUT/wrk"
mkdir -p "$RAW"
TMP="$(mktemp -d /tmp/lw-load.XXXXXX)"
chmod 755 "$TMP"   # nginx workers run as an unprivileged user and must read www/
LW_PID=""; NGINX_PID=""
stop_pid() { # pid signal: signal it, wait up to 15 s, then SIGKILL
  local pid="$1" sig="$2" i
  kill -0 "$pid" 2>/dev/null || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for i in $(seq 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  log "pid $pid ignored SIG$sig for 15 s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  local rc=$?
  set +e
  [ -n "$LW_PID" ] && stop_pid "$LW_PID" TERM
  [ -n "$NGINX_PID" ] && stop_pid "$NGINX_PID" QUIT
  wait 2>/dev/null
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 3. nginx, configured like shared/peers/http/nginx-peer.conf ---------------
mkdir -p "$TMP/nginx/www" "$TMP/nginx/tmp" "$TMP/nginx/logs"
python3 -c "open('$TMP/nginx/www/index.html','w').write('<!doctype html><title>peer</title>'+'<p>static ceiling page</p>'*20)"
[ "$(stat -c %s "$TMP/nginx/www/index.html")" -eq 554 ] || die "peer page is not 554 bytes"
cp "$CSS_SRC" "$TMP/nginx/www/app.css"
chmod -R a+rX "$TMP/nginx/www"
NGINX_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
cat > "$TMP/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
daemon on;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    keepalive_timeout 65;
    default_type application/octet-stream;
    types { text/html html; text/css css; application/json json; }
    client_body_temp_path $TMP/nginx/tmp;
    proxy_temp_path $TMP/nginx/tmp;
    fastcgi_temp_path $TMP/nginx/tmp;
    uwsgi_temp_path $TMP/nginx/tmp;
    scgi_temp_path $TMP/nginx/tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $TMP/nginx/www;
    }
}
EOF
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/logs/error.log"
for _ in $(seq 50); do [ -s "$TMP/nginx/nginx.pid" ] && break; sleep 0.1; done
NGINX_PID="$(cat "$TMP/nginx/nginx.pid")"
NGINX_URL="http://127.0.0.1:$NGINX_PORT"

# --- 4. livingwell ------------------------------------------------------------
# start_lw DIR [flags...]: starts the server on a free port with its data in DIR,
# waits for the "listening" line; sets LW_PID, LW_URL, LW_READY_MS.
start_lw() {
  local dir="$1"; shift
  mkdir -p "$dir"
  "$BIN" serve --bind 127.0.0.1 --port 0 --data "$dir/data" "$@" > "$dir/stdout.log" 2> "$dir/stderr.log" &
  LW_PID=$!
  local line="" i
  for i in $(seq $((START_TIMEOUT_S * 20))); do
    line="$(grep -m1 '"event":"listening"' "$dir/stdout.log" 2>/dev/null || true)"
    [ -n "$line" ] && break
    kill -0 "$LW_PID" 2>/dev/null || { cat "$dir/stderr.log" >&2; die "livingwell exited before listening"; }
    sleep 0.05
  done
  [ -n "$line" ] || die "livingwell did not log \"listening\" within ${START_TIMEOUT_S}s"
  LW_URL="$(sed -E 's/.*"url":"([^"]*)".*/\1/' <<<"$line")"
  LW_READY_MS="$(sed -E 's/.*"ready_ms":([0-9]+).*/\1/' <<<"$line")"
}
proc_kb() { awk -v k="$2:" '$1==k {print $2}' "/proc/$1/status"; }
mb() { awk -v kb="$1" 'BEGIN {printf "%.1f", kb/1024}'; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

log "timing $STARTS start-ups on an empty store"
: > "$OUT/ready_empty_ms.txt"
for i in $(seq "$STARTS"); do
  start_lw "$TMP/empty$i"
  sleep 0.5
  echo "$LW_READY_MS $(proc_kb "$LW_PID" VmRSS)" >> "$OUT/ready_empty_ms.txt"
  stop_pid "$LW_PID" TERM; wait "$LW_PID" 2>/dev/null || true; LW_PID=""
done
READY_EMPTY_MS="$(awk '{print $1}' "$OUT/ready_empty_ms.txt" | median)"
IDLE_EMPTY_KB="$(awk '{print $2}' "$OUT/ready_empty_ms.txt" | median)"

log "starting livingwell with --demo"
start_lw "$TMP/lw" --demo
READY_DEMO_MS="$LW_READY_MS"
sleep 1
IDLE_RSS_KB="$(proc_kb "$LW_PID" VmRSS)"
IDLE_HWM_KB="$(proc_kb "$LW_PID" VmHWM)"

# Sign in as the demo practitioner: GET the form (lw_csrf cookie + hidden field), POST it.
JAR="$TMP/cookies.txt"
curl -fsS -c "$JAR" -o "$TMP/sign-in.html" "$LW_URL/sign-in"
CSRF="$(grep -o 'name="csrf_token" value="[^"]*"' "$TMP/sign-in.html" | head -1 | sed -E 's/.*value="([^"]*)"/\1/')"
[ -n "$CSRF" ] || die "no csrf_token field on /sign-in"
curl -fsS -b "$JAR" -c "$JAR" -o /dev/null \
  --data-urlencode username=practitioner --data-urlencode password=living-well-demo \
  --data-urlencode "csrf_token=$CSRF" "$LW_URL/sign-in"
SESSION="$(awk '$6 == "lw_session" {print $7}' "$JAR")"
[ -n "$SESSION" ] || die "sign-in gave no lw_session cookie"
COOKIE="Cookie: lw_session=$SESSION"
code="$(curl -sS -o "$TMP/home.html" -w '%{http_code}' -H "$COOKIE" "$LW_URL/home")"
[ "$code" = 200 ] || die "/home with the session cookie answered $code, not 200"
CSS_PATH="$(grep -o '/assets/css/app\.[0-9a-f]*\.css' "$TMP/home.html" | head -1)"
[ -n "$CSS_PATH" ] || die "no /assets/css/app.<hash>.css link in /home"
curl -fsS -o "$TMP/lw-app.css" "$LW_URL$CSS_PATH"
cmp -s "$TMP/lw-app.css" "$TMP/nginx/www/app.css" || die "livingwell's $CSS_PATH differs from $CSS_SRC"

# --- 5. measure ---------------------------------------------------------------
# name|url|extra wrk header (may be empty)
TARGETS=(
  "nginx 554B|$NGINX_URL/index.html|"
  "nginx app.css|$NGINX_URL/app.css|"
  "livingwell /healthz|$LW_URL/healthz|"
  "livingwell app.css|$LW_URL$CSS_PATH|"
  "livingwell /home|$LW_URL/home|$COOKIE"
)
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name url hdr <<<"$t"
  args=(); [ -n "$hdr" ] && args=(-H "$hdr")
  curl -fsS -o /dev/null "${args[@]}" "$url" || die "$name: $url does not answer 2xx"
done
slug() { tr -c 'a-zA-Z0-9\n' '_' <<<"$1"; }
ms() { # wrk duration (850.00us, 1.05ms, 1.20s, 2.00m) -> milliseconds
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
    if (f < 0) { print "nan"; exit 1 } printf "%.3f", n * f }'
}
run_wrk() { # name url hdr seconds outfile
  local args=(-t"$THREADS" -c"$CONN" -d"$4s" --latency)
  [ -n "$3" ] && args+=(-H "$3")
  wrk "${args[@]}" "$2" > "$5" 2>&1 || die "wrk failed on $1 (see $5)"
}
LOAD1="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$LOAD1" -v n="$(nproc)" 'BEGIN {exit !(l > n / 4)}'; then
  log "WARNING: load average $LOAD1 on $(nproc) cores: something else is running; figures will be noisy"
fi
date -u +%FT%TZ > "$OUT/started.txt"
{ echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"; } >> "$OUT/started.txt"
if [ "$WARMUP" != 0 ]; then
  log "warm-up: ${WARMUP}s per target (discarded)"
  for t in "${TARGETS[@]}"; do
    IFS='|' read -r name url hdr <<<"$t"
    run_wrk "$name" "$url" "$hdr" "$WARMUP" "$RAW/warmup.$(slug "$name").txt"
  done
fi
printf 'target\trep\trps\tp50_ms\tp99_ms\tnon2xx\tsocket_errors\n' > "$OUT/runs.tsv"
BAD=0
for rep in $(seq "$REPS"); do
  for t in "${TARGETS[@]}"; do
    IFS='|' read -r name url hdr <<<"$t"
    f="$RAW/$(slug "$name").$rep.txt"
    log "run $rep/$REPS: $name (${DUR}s)"
    run_wrk "$name" "$url" "$hdr" "$DUR" "$f"
    rps="$(awk '/^Requests\/sec:/ {print $2}' "$f")"
    p50="$(ms "$(awk '$1 == "50%" && NF == 2 {print $2}' "$f")")"
    p99="$(ms "$(awk '$1 == "99%" && NF == 2 {print $2}' "$f")")"
    non2xx="$(awk -F: '/Non-2xx or 3xx responses/ {gsub(/ /, "", $2); print $2}' "$f")"
    sockerr="$(awk '/Socket errors:/ {s = 0; for (i = 3; i <= NF; i += 2) s += $(i + 1) + 0; print s}' "$f")"
    [ -n "$rps" ] || die "could not read Requests/sec from $f"
    non2xx="${non2xx:-0}"; sockerr="${sockerr:-0}"
    if [ "$non2xx" != 0 ]; then
      log "ERROR: $name run $rep had $non2xx non-2xx responses (see $f)"; BAD=1
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rep" "$rps" "$p50" "$p99" "$non2xx" "$sockerr" >> "$OUT/runs.tsv"
  done
done
LOAD_RSS_KB="$(proc_kb "$LW_PID" VmRSS)"
PEAK_HWM_KB="$(proc_kb "$LW_PID" VmHWM)"

# --- 6. report ----------------------------------------------------------------
col() { # target column-number -> values, one a line
  awk -F'\t' -v t="$1" -v c="$2" 'NR > 1 && $1 == t {print $c}' "$OUT/runs.tsv"
}
declare -A RPS P50 P99
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name _ <<<"$t"
  RPS[$name]="$(col "$name" 3 | median)"
  P50[$name]="$(col "$name" 4 | median)"
  P99[$name]="$(col "$name" 5 | median)"
done
BASE="${RPS[nginx 554B]}"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }
{
  echo "## livingwell load benchmark, $STAMP"
  echo
  echo "wrk -t$THREADS -c$CONN -d${DUR}s --latency, $REPS run(s) per target, interleaved;"
  echo "medians over runs. Machine: $(nproc) cores, wrk on the same cores. $(tail -1 "$OUT/started.txt")."
  echo "Commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$([ -z "$(git -C "$ROOT" status --porcelain -- src 2>/dev/null)" ] || echo ' + uncommitted changes in src/'); build: $BUILD_DIR ($BUILD_TYPE)."
  echo
  echo "| target | median req/s | spread (min–max) | p50 ms | p99 ms | non-2xx | socket errors | × nginx 554B |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for t in "${TARGETS[@]}"; do
    IFS='|' read -r name _ <<<"$t"
    lo="$(col "$name" 3 | sort -g | head -1)"; hi="$(col "$name" 3 | sort -g | tail -1)"
    n2="$(col "$name" 6 | awk '{s += $1} END {print s + 0}')"
    se="$(col "$name" 7 | awk '{s += $1} END {print s + 0}')"
    printf '| %s | %.0f | %.0f–%.0f | %.2f | %.2f | %s | %s | %s |\n' "$name" "${RPS[$name]}" "$lo" "$hi" \
      "${P50[$name]}" "${P99[$name]}" "$n2" "$se" "$(ratio "${RPS[$name]}" "$BASE")"
  done
  echo
  echo "| livingwell | value |"
  echo "|---|---:|"
  echo "| ready, empty store (median of $STARTS starts) | $READY_EMPTY_MS ms |"
  echo "| ready, with --demo (one start; includes loading the demo data) | $READY_DEMO_MS ms |"
  echo "| RSS idle after start, empty store (median) | $(mb "$IDLE_EMPTY_KB") MB |"
  echo "| RSS idle after start, demo store | $(mb "$IDLE_RSS_KB") MB |"
  echo "| peak RSS (VmHWM) before load, demo store (includes loading the demo data) | $(mb "$IDLE_HWM_KB") MB |"
  echo "| RSS at end of load | $(mb "$LOAD_RSS_KB") MB |"
  echo "| peak RSS (VmHWM) at end of load | $(mb "$PEAK_HWM_KB") MB |"
  echo
  echo "### Budgets"
  echo
  FAILS=0
  budget() { # description ok(1/0) detail
    local verdict=PASS; [ "$2" = 1 ] || { verdict=FAIL; FAILS=$((FAILS + 1)); }
    echo "- $verdict: $1 ($3)"
  }
  ge() { awk -v a="$1" -v b="$2" 'BEGIN {print (a >= b) ? 1 : 0}'; }
  lt() { awk -v a="$1" -v b="$2" 'BEGIN {print (a < b) ? 1 : 0}'; }
  r="$(ratio "${RPS[livingwell app.css]}" "${RPS[nginx app.css]}")"
  budget "static asset ≥ 1.0× nginx serving the same file" "$(ge "$r" 1.0)" "${r}×"
  r="$(ratio "${RPS[livingwell /healthz]}" "$BASE")"
  budget "/healthz ≥ 1.2× nginx 554B" "$(ge "$r" 1.2)" "${r}×"
  r="$(ratio "${RPS[livingwell /home]}" "$BASE")"
  budget "signed-in /home ≥ 0.5× nginx 554B" "$(ge "$r" 0.5)" "${r}×"
  worst=0
  for n in "livingwell /healthz" "livingwell app.css" "livingwell /home"; do
    worst="$(awk -v a="$worst" -v b="${P99[$n]}" 'BEGIN {print (b > a) ? b : a}')"
  done
  budget "p99 < 10 ms for every livingwell target" "$(lt "$worst" 10)" \
    "worst ${worst} ms; nginx 554B p99 ${P99[nginx 554B]} ms in the same run"
  budget "ready < 1000 ms on an empty store" "$(lt "$READY_EMPTY_MS" 1000)" "${READY_EMPTY_MS} ms"
  budget "idle RSS < 40 MB" "$(lt "$IDLE_RSS_KB" 40960)" "$(mb "$IDLE_RSS_KB") MB with the demo data"
  echo "$FAILS" > "$TMP/fails"
} | tee "$OUT/summary.md"
FAILS="$(cat "$TMP/fails")"
grep -v '"event":"request"' "$TMP/lw/stdout.log" > "$OUT/livingwell.log" || true
cp "$TMP/lw/stderr.log" "$OUT/livingwell.stderr.log"
cp "$TMP/nginx/logs/error.log" "$OUT/nginx-error.log" 2>/dev/null || true
log "results in ${OUT#"$ROOT"/}"

if [ "$BAD" != 0 ]; then
  die "some runs had non-2xx responses: the figures above are not valid"
fi
if [ "$FAILS" != 0 ] && [ "$STRICT" = 1 ]; then
  log "$FAILS budget(s) failed (STRICT=1)"; exit 1
fi
exit 0
