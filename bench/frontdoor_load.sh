#!/usr/bin/env bash
# The front door under load, in one run: how many durable public introductions
# a second livingwell accepts (against the disk's own synchronous write rate),
# and how fast the front-door list renders with 10,000 open introductions.
#
#   bench/frontdoor_load.sh [BUILD_DIR]          (default BUILD_DIR=build-release)
#
# In order:
#  1. the disk: pg_test_fsync (Debian's postgresql-15) on the filesystem of the
#     SQLite data directory; its fdatasync ops/sec is the reference;
#  2. livingwell serve on SQLite (WAL, synchronous=FULL) with the demo data,
#     --introduce-limit 0 (every request comes from 127.0.0.1, so the public
#     form's per-address limit would otherwise refuse all but 20 an hour);
#  3. seeding through the journey's last form (/introduce/send,
#     bench/frontdoor_submit.lua: a new submission_key on every request) until
#     SEED_OPEN introductions are open;
#  4. the front-door list: signed in as the demo front-door worker, wrk -c16
#     --latency on GET /front-door (oldest first), ?sort=newest and ?team=<the
#     team with the most>, for each of LIST_THREADS server thread counts;
#  5. durable submissions/s: the same form, for each of SUBMIT_THREADS server
#     thread counts; afterwards the stored introductions are reconciled with
#     the responses, and the disk is measured again.
#
# Environment: DUR (seconds per wrk run, 10; at most 15), REPS (measured runs
# per configuration, 2), WARMUP (seconds of discarded load before each
# configuration, 2; 0 skips), SUBMIT_CONN (wrk connections for submissions,
# 32), LIST_CONN (16: the issue's 16 concurrent users), WRK_THREADS (2),
# SUBMIT_THREADS ("2 4 8 16": livingwell --threads for submissions), LIST_THREADS
# ("2 8 16"), SEED_OPEN (10000), MAX_SEED_RUNS (20), FSYNC_SECS (pg_test_fsync -s, 2),
# NO_BUILD=1 (do not run `cmake --build`), KEEP_DB=FILE (keep a copy of the
# seeded store there, for looking at query plans), CMAKE_EXTRA_ARGS (when configuring a
# missing build dir).
#
# Everything listens on 127.0.0.1 only; every load is bounded by wrk -d; the EXIT
# trap stops the server (SIGTERM) and removes the temporary directory, however
# the script exits. Results go to bench/results/<UTC timestamp>-frontdoor/.
# Exit codes: 0 done (targets may be missed); 2 the run is invalid (a request
# that was not a confirmation, or stored introductions that do not reconcile).
# See bench/README.md and docs/performance.md.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"

BUILD_DIR="${1:-build-release}"
DUR="${DUR:-10}"; REPS="${REPS:-2}"; WARMUP="${WARMUP:-2}"
SUBMIT_CONN="${SUBMIT_CONN:-32}"; LIST_CONN="${LIST_CONN:-16}"; WRK_THREADS="${WRK_THREADS:-2}"
SUBMIT_THREADS="${SUBMIT_THREADS:-2 4 8 16}"; LIST_THREADS="${LIST_THREADS:-2 8 16}"
SEED_OPEN="${SEED_OPEN:-10000}"; MAX_SEED_RUNS="${MAX_SEED_RUNS:-20}"
FSYNC_SECS="${FSYNC_SECS:-2}"
CMAKE_EXTRA_ARGS="${CMAKE_EXTRA_ARGS--DCMAKE_CXX_FLAGS=-Wno-error=restrict}"
PG_BIN="${LW_PG_BIN:-/usr/lib/postgresql/15/bin}"
PASSWORD="living-well-demo"
SUBMIT_TARGET=2000   # durable submissions a second (issue 4)
LIST_P99_TARGET=50   # ms, 16 concurrent users, 10,000 open introductions
START_TIMEOUT_S=60

log() { printf '[frontdoor_load] %s\n' "$*" >&2; }
die() { printf '[frontdoor_load] ERROR: %s\n' "$*" >&2; exit 2; }

int_in() { # NAME MIN MAX: the variable NAME is a whole number from MIN to MAX
  local v="${!1}"
  if ! [[ "$v" =~ ^[0-9]+$ ]] || [ "$v" -lt "$2" ] || [ "$v" -gt "$3" ]; then die "$1 must be $2 to $3"; fi
}
# Every load is bounded: at most 15 s per wrk run.
int_in DUR 1 15; int_in WARMUP 0 15; int_in REPS 1 20; int_in SUBMIT_CONN 1 1000
int_in LIST_CONN 1 1000; int_in WRK_THREADS 1 64; int_in SEED_OPEN 0 1000000
int_in MAX_SEED_RUNS 0 100; int_in FSYNC_SECS 1 10
for t in $SUBMIT_THREADS $LIST_THREADS; do
  [[ "$t" =~ ^[0-9]+$ ]] && [ "$t" -ge 1 ] && [ "$t" -le 64 ] || die "SUBMIT_THREADS and LIST_THREADS are lists of 1 to 64"
done

# --- 1. tools -----------------------------------------------------------------
need=()
for pkg in wrk curl sqlite3; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
[ -x "$PG_BIN/pg_test_fsync" ] || need+=(postgresql-15)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  log "installing ${need[*]}"
  SUDO=(); [ "$(id -u)" -eq 0 ] || SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
    "${need[@]}" >/dev/null
fi
[ -x "$PG_BIN/pg_test_fsync" ] || die "no $PG_BIN/pg_test_fsync after installing postgresql-15"

# --- 2. release build (with the front door) -----------------------------------
BIN="$BUILD_DIR/livingwell"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  log "no $BUILD_DIR: configuring a Release build"
  launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # shellcheck disable=SC2086  # CMAKE_EXTRA_ARGS is a word list on purpose
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLW_BUILD_TESTS=OFF \
    "${launcher[@]}" $CMAKE_EXTRA_ARGS
fi
if [ "${NO_BUILD:-0}" != 1 ] || [ ! -x "$BIN" ]; then
  log "cmake --build $BUILD_DIR (NO_BUILD=1 skips it)"
  cmake --build "$BUILD_DIR" --target livingwell
fi
[ -x "$BIN" ] || die "$BIN was not built"
h="$("$BIN" --help 2>/dev/null || true)"
[[ "$h" == *--introduce-limit* ]] || die "$BIN has no --introduce-limit: it predates the front door"
BUILD_TYPE="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)"
[ "$BUILD_TYPE" = Release ] || log "WARNING: $BUILD_DIR is a '${BUILD_TYPE:-unknown}' build, not Release"

# --- scratch space and cleanup ------------------------------------------------
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$HERE/results/$STAMP-frontdoor"
RAW="$OUT/wrk"
mkdir -p "$RAW"
TMP="$(mktemp -d /tmp/lw-frontdoor-load.XXXXXX)"
DATA="$TMP/data"
mkdir -p "$DATA"
LW_PID=""

# shellcheck disable=SC2317  # stop_pid serves the EXIT trap too
stop_pid() { # pid signal: signal it, wait up to 15 s, then SIGKILL
  local pid="$1" sig="$2"
  kill -0 "$pid" 2>/dev/null || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }; sleep 0.1; done
  log "pid $pid ignored SIG$sig for 15 s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  local rc=$?
  set +e
  [ -n "$LW_PID" ] && stop_pid "$LW_PID" TERM
  if [ -n "${KEEP_DB:-}" ] && [ -f "$DB" ]; then
    sqlite3 "$DB" "VACUUM INTO '$KEEP_DB'" && log "the store is kept at $KEEP_DB"
  fi
  if [ -d "$TMP" ]; then
    for f in "$TMP"/serve-*.stdout.log; do
      [ -f "$f" ] && grep -v '"event":"request"' "$f" > "$OUT/livingwell-$(basename "$f" .stdout.log).log"
    done
    for f in "$TMP"/serve-*.stderr.log; do [ -s "$f" ] && cp "$f" "$OUT/"; done
  fi
  rm -rf -- "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

LOAD1="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$LOAD1" -v n="$(nproc)" 'BEGIN {exit !(l > n / 4)}'; then
  log "WARNING: load average $LOAD1 on $(nproc) cores: something else is running; figures will be noisy"
fi
{
  date -u +%FT%TZ
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/started.txt"

# --- helpers ------------------------------------------------------------------
ms() { # wrk duration (850.00us, 1.05ms, 1.20s, 2.00m) -> milliseconds
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
    if (f < 0) { print "nan"; exit 1 } printf "%.3f", n * f }'
}
# fdatasync()s per second in the data directory just before a run: 100 x (8 kB
# write at the same offset + fdatasync), as bench/store_load.sh does.
fsync_probe() {
  python3 - "$DATA/fsync-probe" <<'PY'
import os, sys, time
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)
buf = b"\0" * 8192
os.pwrite(fd, buf, 0); os.fdatasync(fd)
t = time.perf_counter()
for _ in range(100):
    os.pwrite(fd, buf, 0)
    os.fdatasync(fd)
print("%.0f" % (100 / (time.perf_counter() - t)))
os.close(fd)
os.unlink(sys.argv[1])
PY
}
DB="$DATA/livingwell.db"
sql() { sqlite3 -batch -noheader "$DB" "$@"; }
# 200s that livingwell logged for POST /introduce/send in every server log so far.
logged_sends() {
  cat "$TMP"/serve-*.stdout.log 2>/dev/null | grep '"event":"request"' | grep '"method":"POST"' |
    grep -c '"path":"/introduce/send".*"status":200' || true
}
statuses() { # log byte-offset: status:count pairs after the offset, e.g. "200:812 303:4"
  tail -c +$(($2 + 1)) "$1" | grep '"event":"request"' | sed -nE 's/.*"status":([0-9]+).*/\1/p' |
    sort | uniq -c | awk '{printf "%s%s:%s", (NR > 1 ? " " : ""), $2, $1}'
}
size_of() { stat -c %s "$1" 2>/dev/null || echo 0; }
# Frames per commit in the current WAL generation of the running server: "commits frames
# page_size". Read from the -wal file's frame headers (a frame whose salts match the WAL
# header belongs to this generation; a non-zero "database size" field marks a commit).
wal_frames() {
  python3 - "$DB-wal" <<'PY'
import struct, sys
try:
    w = open(sys.argv[1], "rb").read()
except OSError:
    w = b""
if len(w) < 32:
    print("0 0 0"); sys.exit()
page = struct.unpack(">I", w[8:12])[0]; salt = w[16:24]
commits = frames = pending = 0; off = 32
while off + 24 + page <= len(w):
    h = w[off:off + 24]
    if h[8:16] != salt:
        break
    pending += 1
    if struct.unpack(">I", h[4:8])[0] != 0:
        commits += 1; frames += pending; pending = 0
    off += 24 + page
print(commits, frames, page)
PY
}
# Commits a second the disk takes at a commit's size: FRAMES x (24 + PAGE) bytes appended
# to a 4 MB file (wrapping, as the WAL does), then fdatasync, for SECS seconds.
commit_probe() { # frames page secs
  python3 - "$DATA/commit-probe" "$1" "$2" "$3" <<'PY'
import os, sys, time
path, frames, page, secs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
size = max(1, frames) * (24 + page); cap = 4 << 20
fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
os.pwrite(fd, b"\0" * cap, 0); os.fdatasync(fd)
buf = b"\1" * size; off = 0; n = 0
t0 = time.perf_counter()
while time.perf_counter() - t0 < secs:
    if off + size > cap:
        off = 0
    os.pwrite(fd, buf, off); os.fdatasync(fd); off += size; n += 1
print("%.0f" % (n / (time.perf_counter() - t0)))
os.close(fd); os.unlink(path)
PY
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$LW_PID/stat"; }  # the server's utime + stime

per_commit() { awk -v f="$1" -v c="$2" 'BEGIN {printf "%.0f", (c > 0) ? f / c : 0}'; }
PAGE_SIZE=4096; SUBMIT_COMMITS=0; SUBMIT_FRAMES=0; LIST_COMMITS=0; LIST_FRAMES=0
# set_probe_frames submit|list: WAL frames a commit of that load, from the WAL now
# (the last commits were all that load's), for the disk probe before each run. The
# report keeps the largest sample (most commits) of each load.
set_probe_frames() {
  local c f ps
  read -r c f ps <<<"$(wal_frames)"
  [ "${ps:-0}" -gt 0 ] && PAGE_SIZE="$ps"
  if [ "$1" = submit ]; then
    [ "$c" -le "$SUBMIT_COMMITS" ] || { SUBMIT_COMMITS="$c"; SUBMIT_FRAMES="$f"; }
  else
    [ "$c" -le "$LIST_COMMITS" ] || { LIST_COMMITS="$c"; LIST_FRAMES="$f"; }
  fi
  PROBE_FRAMES="$(per_commit "$f" "$c")"; [ "$PROBE_FRAMES" -gt 0 ] || PROBE_FRAMES=""
}
# The server's fdatasync calls per run, if perf can count the syscall tracepoint (it
# shows how many requests share one durable commit: services/group_commit.h).
PERF=0
perf stat -x, -e syscalls:sys_enter_fdatasync -o /dev/null -- true >/dev/null 2>&1 && PERF=1
SERVE_N=0; URL=""; SERVE_LOG=""
start_server() { # threads
  local line
  SERVE_N=$((SERVE_N + 1))
  SERVE_LOG="$TMP/serve-$SERVE_N-t$1.stdout.log"
  "$BIN" serve --bind 127.0.0.1 --port 0 --threads "$1" --data "$DATA" --introduce-limit 0 \
    > "$SERVE_LOG" 2> "$TMP/serve-$SERVE_N-t$1.stderr.log" &
  LW_PID=$!
  line=""
  for _ in $(seq $((START_TIMEOUT_S * 20))); do
    line="$(grep -m1 '"event":"listening"' "$SERVE_LOG" 2>/dev/null || true)"
    [ -n "$line" ] && break
    kill -0 "$LW_PID" 2>/dev/null || { cat "$TMP/serve-$SERVE_N-t$1.stderr.log" >&2; die "livingwell exited before listening"; }
    sleep 0.05
  done
  [ -n "$line" ] || die "livingwell did not log \"listening\" within ${START_TIMEOUT_S}s"
  grep -q '"store":"sqlite"' <<<"$line" || die "the server is not on SQLite: $line"
  URL="$(sed -E 's/.*"url":"([^"]*)".*/\1/' <<<"$line")"
  [[ "$URL" == http://127.0.0.1:* ]] || die "not listening on 127.0.0.1: $URL"
  [ "$(curl -sS -o /dev/null -w '%{http_code}' "$URL/readyz")" = 200 ] || die "/readyz is not 200"
  log "livingwell --threads $1 at $URL"
}
stop_server() { [ -n "$LW_PID" ] && stop_pid "$LW_PID" TERM; LW_PID=""; }

printf 'phase\tconfig\trep\tlw_threads\tconn\trps\tp50_ms\tp99_ms\trequests\tnon2xx\tsocket_errors\tok_rps\tconfirmed\tlogged_statuses\tloadavg_1m\tfdatasync_per_s\tfile\tserver_cpu_ms_per_req\tcommit_probe_per_s\tcommit_probe_frames\tserver_fdatasyncs\trequests_per_fdatasync\n' > "$OUT/runs.tsv"
BAD=0
PROBE_FRAMES=""  # WAL frames of one commit of the load being measured, once known
WRK_2XX=0; WRK_CONFIRMED=0; WRK_RUNS=0
# run_wrk phase config rep threads conn seconds outfile url [wrk args...]: runs wrk, appends a row.
run_wrk() {
  local phase="$1" config="$2" rep="$3" thr="$4" conn="$5" secs="$6" f="$7" url="$8"; shift 8
  local fsyncs before rps reqs p50 p99 non2xx sockerr okrps st confirmed cpu0 cpu1 cpu probe="-" perf_pid="" syncs="-" per_sync="-"
  fsyncs="$(fsync_probe)"
  [ -z "$PROBE_FRAMES" ] || probe="$(commit_probe "$PROBE_FRAMES" "$PAGE_SIZE" 0.5)"
  before="$(size_of "$SERVE_LOG")"
  if [ "$PERF" = 1 ]; then
    perf stat -x, -e syscalls:sys_enter_fdatasync -p "$LW_PID" -o "$f.fdatasync" >/dev/null 2>&1 &
    perf_pid=$!
    sleep 0.2
  fi
  cpu0="$(cpu_ticks)"
  wrk -t"$WRK_THREADS" -c"$conn" -d"${secs}s" --timeout 10s --latency "$@" "$url" > "$f" 2>&1 || die "wrk failed (see $f)"
  sleep 0.5  # let requests cut off by wrk's deadline finish and be logged
  cpu1="$(cpu_ticks)"
  if [ -n "$perf_pid" ]; then
    kill -INT "$perf_pid" 2>/dev/null; wait "$perf_pid" 2>/dev/null || true
    syncs="$(awk -F, '$3 == "syscalls:sys_enter_fdatasync" {print $1}' "$f.fdatasync" 2>/dev/null)"; syncs="${syncs:--}"
    rm -f "$f.fdatasync"
  fi
  st="$(statuses "$SERVE_LOG" "$before")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$f")"
  reqs="$(awk '/requests in/ {print $1}' "$f")"
  [ -n "$rps" ] && [ -n "$reqs" ] || die "could not read wrk's figures from $f"
  p50="$(ms "$(awk '$1 == "50%" && NF == 2 {print $2}' "$f")")"
  p99="$(ms "$(awk '$1 == "99%" && NF == 2 {print $2}' "$f")")"
  non2xx="$(awk -F: '/Non-2xx or 3xx responses/ {gsub(/ /, "", $2); print $2}' "$f")"; non2xx="${non2xx:-0}"
  sockerr="$(awk '/Socket errors:/ {s = 0; for (i = 3; i <= NF; i += 2) s += $(i + 1) + 0; print s}' "$f")"; sockerr="${sockerr:-0}"
  confirmed="$(awk '/^lw_confirmed / {print $2}' "$f")"; confirmed="${confirmed:--}"
  okrps="$(awk -v r="$rps" -v n="$reqs" -v b="$non2xx" 'BEGIN {printf "%.2f", (n > 0) ? r * (n - b) / n : 0}')"
  # The server's CPU (user + system) per request it logged in the run.
  cpu="$(awk -v a="$cpu0" -v b="$cpu1" -v hz="$(getconf CLK_TCK)" -v s="$st" 'BEGIN {
    n = 0; k = split(s, p, " "); for (i = 1; i <= k; i++) { split(p[i], q, ":"); n += q[2] }
    printf "%.3f", (n > 0) ? (b - a) * 1000 / hz / n : 0 }')"
  if [[ "$syncs" =~ ^[0-9]+$ ]] && [ "$syncs" -gt 0 ]; then
    per_sync="$(awk -v s="$st" -v y="$syncs" 'BEGIN {
      n = 0; k = split(s, p, " "); for (i = 1; i <= k; i++) { split(p[i], q, ":"); n += q[2] } printf "%.2f", n / y }')"
  fi
  if [ "$non2xx" != 0 ] || [ "$sockerr" != 0 ]; then
    log "ERROR: $phase $config round $rep: $non2xx non-2xx, $sockerr socket errors (livingwell logged $st)"
    grep '^lw_first_failure' "$f" >&2 || true
    BAD=1
  fi
  if [ "$confirmed" != - ]; then
    WRK_2XX=$((WRK_2XX + reqs - non2xx)); WRK_CONFIRMED=$((WRK_CONFIRMED + confirmed)); WRK_RUNS=$((WRK_RUNS + 1))
    if [ "$confirmed" != "$((reqs - non2xx))" ]; then
      log "ERROR: $phase $config round $rep: $confirmed confirmation pages for $((reqs - non2xx)) 2xx responses"
      grep '^lw_first_failure' "$f" >&2 || true
      BAD=1
    fi
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "$config" "$rep" "$thr" "$conn" \
    "$rps" "$p50" "$p99" "$reqs" "$non2xx" "$sockerr" "$okrps" "$confirmed" "$st" \
    "$(cut -d' ' -f1 /proc/loadavg)" "$fsyncs" "${f#"$OUT"/}" "$cpu" "$probe" "${PROBE_FRAMES:--}" "$syncs" "$per_sync" >> "$OUT/runs.tsv"
  log "  $phase $config: $okrps ok/s, p50 $p50 ms, p99 $p99 ms ($reqs requests, $non2xx non-2xx, server CPU $cpu ms and $per_sync requests an fdatasync; disk before: $fsyncs fdatasync/s at 8 kB, $probe/s at ${PROBE_FRAMES:-?} frames)"
}

# --- 3. the disk's synchronous write rate -------------------------------------
# pg_test_fsync LABEL: run it in the data directory, keep its output as
# pg_test_fsync-LABEL.txt, and set PGFS_FDATASYNC[LABEL] and PGFS_OPEN_DATASYNC[LABEL]
# (from the first section, "one 8kB write", which lists each method once). Run three
# times: at the start, just before the submission runs (their reference) and at the end,
# because this virtual disk's rate moves several-fold from one minute to the next.
declare -A PGFS_FDATASYNC=() PGFS_OPEN_DATASYNC=()
pg_fsync() {
  local f="$OUT/pg_test_fsync-$1.txt"
  log "pg_test_fsync -s $FSYNC_SECS in $DATA ($(findmnt -n -o FSTYPE,SOURCE -T "$DATA" | tr -s ' ')), $1"
  "$PG_BIN/pg_test_fsync" -s "$FSYNC_SECS" -f "$DATA/pg_test_fsync.tmp" > "$f" 2>&1 || { cat "$f" >&2; die "pg_test_fsync failed"; }
  rm -f "$DATA/pg_test_fsync.tmp"
  PGFS_FDATASYNC[$1]="$(awk '$1 == "fdatasync" && $3 == "ops/sec" {print $2; exit}' "$f")"
  PGFS_OPEN_DATASYNC[$1]="$(awk '$1 == "open_datasync" && $3 == "ops/sec" {print $2; exit}' "$f")"
  [ -n "${PGFS_FDATASYNC[$1]}" ] || die "no fdatasync figure in pg_test_fsync's output ($f)"
  log "pg_test_fsync ($1): fdatasync ${PGFS_FDATASYNC[$1]} ops/s, open_datasync ${PGFS_OPEN_DATASYNC[$1]:-n/a} ops/s"
}
pg_fsync start

# --- 4. the store: demo data ---------------------------------------------------
log "demo data in $DATA"
"$BIN" demo --data "$DATA" > "$TMP/demo.log" 2>&1 || { cat "$TMP/demo.log" >&2; die "demo failed"; }
BASE_INTROS="$(sql 'SELECT COUNT(*) FROM introductions')"
BASE_OPEN="$(sql "SELECT COUNT(*) FROM introductions WHERE state = 'open'")"
BASE_SUBS="$(sql 'SELECT COUNT(*) FROM introduction_submissions')"
BASE_CREATES="$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'introduction.create'")"
HOODS="$(sql 'SELECT id FROM neighbourhoods ORDER BY name' | paste -sd, -)"
HOODS="${HOODS:+$HOODS,}not-sure"
{
  echo "journal_mode: $(sql 'PRAGMA journal_mode')"
  echo "page_size: $(sql 'PRAGMA page_size')"
  echo "wal_autocheckpoint (sqlite3 default; livingwell sets none): $(sql 'PRAGMA wal_autocheckpoint')"
  echo "synchronous: FULL (src/storage/sqlite/connection.cc)"
} > "$OUT/sqlite-settings.txt"
log "demo: $BASE_INTROS introductions ($BASE_OPEN open); neighbourhoods cycled: $HOODS"

# --- 5. the public journey, and seeding ---------------------------------------
read -r -a submit_threads <<<"$SUBMIT_THREADS"
read -r -a list_threads <<<"$LIST_THREADS"
start_server "${submit_threads[0]}"

# The journey once through with curl, as a browser: the start page's lw_csrf
# cookie, then the check page, whose form (hidden answers, honeypot, the privacy
# box) is what the load sends.
curl -sS -c "$TMP/public.jar" -o "$TMP/introduce.html" "$URL/introduce"
CSRF="$(awk '$6 == "lw_csrf" {print $7}' "$TMP/public.jar")"
[ -n "$CSRF" ] || die "GET /introduce set no lw_csrf cookie"
ANSWERS=(
  --data-urlencode "csrf_token=$CSRF" --data-urlencode "step=equality"
  --data-urlencode "source=self" --data-urlencode "given_name=Robin" --data-urlencode "family_name=Bench"
  --data-urlencode "date_of_birth_day=14" --data-urlencode "date_of_birth_month=3"
  --data-urlencode "date_of_birth_year=1988" --data-urlencode "postcode=ML1 5RT"
  --data-urlencode "neighbourhood=not-sure"
  --data-urlencode "in_their_words=I have not been sleeping since I lost my job, and I feel on my own with it."
  --data-urlencode "help_wanted=Someone to talk to, and help with money worries"
  --data-urlencode "contact_methods=phone" --data-urlencode "contact_methods=email"
  --data-urlencode "phone=07700 900982" --data-urlencode "email=robin@example.com"
  --data-urlencode "may_leave_message=yes" --data-urlencode "safe_times=Weekday mornings"
)
code="$(curl -sS -b "$TMP/public.jar" -o "$TMP/check.html" -w '%{http_code}' "${ANSWERS[@]}" "$URL/introduce/check")"
[ "$code" = 200 ] || die "POST /introduce/check answered $code"
# The send form's fields as a browser would send them: every input but the submit
# button, the privacy box ticked; csrf_token, submission_key and neighbourhood left
# to the wrk script.
FORM="$(python3 - "$TMP/check.html" <<'PY'
import sys, urllib.parse
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.inside = False; self.fields = []; self.found = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("action") == "/introduce/send":
            self.inside = True; self.found = True
        elif tag == "input" and self.inside and a.get("name"):
            t = (a.get("type") or "text").lower()
            if t in ("checkbox", "radio"):
                if a["name"] == "privacy_agreed" or "checked" in a:
                    self.fields.append((a["name"], a.get("value") or "on"))
            elif t not in ("submit", "button", "image"):
                self.fields.append((a["name"], a.get("value") or ""))
    def handle_endtag(self, tag):
        if tag == "form": self.inside = False
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
if not p.found: sys.exit("no form posting to /introduce/send on the check page")
skip = {"csrf_token", "submission_key", "neighbourhood"}
names = [n for n, _ in p.fields]
for want in ("submission_key", "privacy_agreed", "given_name", "in_their_words"):
    if want not in names: sys.exit("the send form has no " + want)
print(urllib.parse.urlencode([(n, v) for n, v in p.fields if n not in skip]))
PY
)" || die "could not read the send form from the check page (see $TMP/check.html)"
printf '%s\n' "$FORM" > "$OUT/send-form-fields.txt"
# One submission by curl: it must answer the confirmation page.
code="$(curl -sS -b "$TMP/public.jar" -o "$TMP/sent.html" -w '%{http_code}' \
  --data "$FORM&csrf_token=$CSRF&neighbourhood=not-sure&submission_key=curl-check-$STAMP" "$URL/introduce/send")"
[ "$code" = 200 ] && grep -q 'Introduction sent' "$TMP/sent.html" || die "POST /introduce/send answered $code without a confirmation"
CURL_SENT=1
log "the journey works: $(grep -o 'LW-[A-Z0-9-]*' "$TMP/sent.html" | head -1); body $(( ${#FORM} + 120 )) bytes a request"

open_now() { sql "SELECT COUNT(*) FROM introductions WHERE state = 'open'"; }
RUN_N=0
CURRENT_T="${submit_threads[0]}"
submit() { # phase config rep seconds [quota per wrk thread]
  RUN_N=$((RUN_N + 1))
  LW_CSRF="$CSRF" LW_FORM="$FORM" LW_NEIGHBOURHOODS="$HOODS" LW_RUN="$STAMP-$RUN_N" LW_QUOTA="${5:-}" \
    run_wrk "$1" "$2" "$3" "$CURRENT_T" "$SUBMIT_CONN" "$4" "$RAW/$1.$2.$3.txt" "$URL/introduce/send" \
    -s "$HERE/frontdoor_submit.lua"
}
restart_with() { # threads: (re)start the server unless it already runs with them
  if [ -z "$LW_PID" ] || [ "$1" != "$CURRENT_T" ]; then stop_server; start_server "$1"; CURRENT_T="$1"; fi
}

# Seeding first, through the same public form, so the list is measured with the
# number of open introductions the issue names (SEED_OPEN; a few more: requests
# in flight when each wrk thread reaches its quota are stored too). Seed runs'
# rates are not figures (each stops at its quota but runs for DUR).
seed=0
while [ "$(open_now)" -lt "$SEED_OPEN" ]; do
  [ "$seed" -lt "$MAX_SEED_RUNS" ] || die "still $(open_now) open introductions after $MAX_SEED_RUNS seed runs"
  seed=$((seed + 1))
  want=$((SEED_OPEN - $(open_now)))
  log "seeding: $(open_now) open introductions, want $SEED_OPEN (run $seed, up to ${DUR}s)"
  submit seed "seed-t$CURRENT_T" "$seed" "$DUR" $(((want + WRK_THREADS - 1) / WRK_THREADS))
done
OPEN_AT_LIST="$(open_now)"
log "$OPEN_AT_LIST open introductions"

# --- 6. the front-door list -------------------------------------------------------
TEAM="$(sql "SELECT team_id FROM introductions WHERE state = 'open' GROUP BY team_id ORDER BY COUNT(*) DESC LIMIT 1")"
TEAM_NAME="$(sql "SELECT name FROM teams WHERE id = '$TEAM'")"
TEAM_OPEN="$(sql "SELECT COUNT(*) FROM introductions WHERE state = 'open' AND team_id = '$TEAM'")"
SESSION=""
sign_in() {
  rm -f "$TMP/staff.jar"
  curl -sS -c "$TMP/staff.jar" -o /dev/null "$URL/sign-in"
  local csrf code
  csrf="$(awk '$6 == "lw_csrf" {print $7}' "$TMP/staff.jar")"
  [ -n "$csrf" ] || die "GET /sign-in set no lw_csrf cookie"
  code="$(curl -sS -b "$TMP/staff.jar" -c "$TMP/staff.jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "csrf_token=$csrf" --data-urlencode "username=frontdoor" \
    --data-urlencode "password=$PASSWORD" "$URL/sign-in")"
  [ "$code" = 303 ] || die "signing in as frontdoor answered $code"
  SESSION="$(awk '$6 == "lw_session" {print $7}' "$TMP/staff.jar")"
  [ -n "$SESSION" ] || die "no lw_session cookie after signing in"
}
# name|path
PAGES=(
  "oldest|/front-door"
  "newest|/front-door?sort=newest"
  "team|/front-door?team=$TEAM"
)
PROBE_FRAMES=""
for t in "${list_threads[@]}"; do
  restart_with "$t"
  [ -n "$SESSION" ] || sign_in
  for p in "${PAGES[@]}"; do
    name="${p%%|*}"; path="${p#*|}"
    code="$(curl -sS -o "$TMP/list-$name.html" -w '%{http_code}' -H "Cookie: lw_session=$SESSION" "$URL$path")"
    [ "$code" = 200 ] || die "GET $path answered $code"
    rows="$(grep -c '<tr class="nhsuk-table__row">' "$TMP/list-$name.html" || true)"
    [ "$rows" -ge 2 ] || die "GET $path shows no introductions"
    cp "$TMP/list-$name.html" "$OUT/list-$name.html"
    [ "$WARMUP" = 0 ] || run_wrk warmup "list-$name-t$t" 1 "$t" "$LIST_CONN" "$WARMUP" "$RAW/warmup.list-$name-t$t.txt" \
      "$URL$path" -H "Cookie: lw_session=$SESSION"
  done
  for rep in $(seq "$REPS"); do
    [ -n "$PROBE_FRAMES" ] || set_probe_frames list
    for p in "${PAGES[@]}"; do
      name="${p%%|*}"; path="${p#*|}"
      log "list $name, --threads $t, run $rep/$REPS (${DUR}s, -c$LIST_CONN)"
      run_wrk list "list-$name-t$t" "$rep" "$t" "$LIST_CONN" "$DUR" "$RAW/list-$name-t$t.$rep.txt" \
        "$URL$path" -H "Cookie: lw_session=$SESSION"
    done
  done
done
set_probe_frames list
PAGE_TOTAL="$(grep -oE '[0-9]+ of [0-9]+ (is|are) past|[0-9]+ introductions?, none past' "$OUT/list-oldest.html" | head -1 || true)"

# --- 7. durable submissions: the measured runs ----------------------------------
pg_fsync before-submissions
FDATASYNC="${PGFS_FDATASYNC[before-submissions]}"  # the reference for the submissions
PROBE_FRAMES=""
for t in "${submit_threads[@]}"; do
  restart_with "$t"
  [ "$WARMUP" = 0 ] || submit warmup "submit-t$t" 1 "$WARMUP"
  for rep in $(seq "$REPS"); do
    [ -n "$PROBE_FRAMES" ] || set_probe_frames submit
    log "submissions, --threads $t, run $rep/$REPS (${DUR}s, -c$SUBMIT_CONN)"
    submit submit "submit-t$t" "$rep" "$DUR"
  done
done
set_probe_frames submit

# --- 8. reconcile: every acknowledged submission is stored, and only those -------
stop_server
LOGGED="$(logged_sends)"
STORED=$(($(sql 'SELECT COUNT(*) FROM introductions') - BASE_INTROS))
SUBS=$(($(sql 'SELECT COUNT(*) FROM introduction_submissions') - BASE_SUBS))
CREATES=$(($(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'introduction.create'") - BASE_CREATES))
OPEN_END="$(open_now)"
"$BIN" audit verify --data "$DATA" > "$OUT/audit-verify.txt" 2>&1 || { cat "$OUT/audit-verify.txt" >&2; die "audit verify failed"; }
STORE_BYTES="$(du -cb "$DATA"/livingwell.db* | tail -1 | cut -f1)"

# --- 9. the disk again, and at the sizes of livingwell's commits ------------------
SUBMIT_FPC="$(per_commit "$SUBMIT_FRAMES" "$SUBMIT_COMMITS")"; LIST_FPC="$(per_commit "$LIST_FRAMES" "$LIST_COMMITS")"
log "WAL frames a commit: submissions $SUBMIT_FPC ($SUBMIT_FRAMES in $SUBMIT_COMMITS), list $LIST_FPC ($LIST_FRAMES in $LIST_COMMITS)"
log "the disk at those commit sizes (${FSYNC_SECS}s each), then pg_test_fsync again"
PROBE_8K="$(commit_probe 2 4084 "$FSYNC_SECS")"  # 2 x (24 + 4084) = 8,216 bytes, about pg_test_fsync's 8 kB
PROBE_SUBMIT="$(commit_probe "$SUBMIT_FPC" "$PAGE_SIZE" "$FSYNC_SECS")"
PROBE_LIST="$(commit_probe "$LIST_FPC" "$PAGE_SIZE" "$FSYNC_SECS")"
pg_fsync end
FDATASYNC_END="${PGFS_FDATASYNC[end]}"
ACKED=$((WRK_2XX + CURL_SENT))
INFLIGHT=$((STORED - ACKED))
{
  echo "stored (new introductions): $STORED"
  echo "new submission keys: $SUBS"
  echo "new introduction.create audit entries: $CREATES"
  echo "livingwell access log, POST /introduce/send 200: $LOGGED"
  echo "wrk 2xx responses (all submission runs): $WRK_2XX, of which confirmation pages: $WRK_CONFIRMED; plus $CURL_SENT by curl"
  echo "stored - acknowledged to a client that waited: $INFLIGHT (requests in flight when wrk's deadline ended each of $WRK_RUNS runs; at most $((WRK_RUNS * SUBMIT_CONN)))"
} > "$OUT/reconcile.txt"
if [ "$STORED" != "$SUBS" ] || [ "$STORED" != "$CREATES" ] || [ "$STORED" != "$((LOGGED))" ]; then
  log "ERROR: stored $STORED, keys $SUBS, audit $CREATES, logged 200s $LOGGED do not agree"; BAD=1
fi
if [ "$INFLIGHT" -lt 0 ] || [ "$INFLIGHT" -gt $((WRK_RUNS * SUBMIT_CONN)) ]; then
  log "ERROR: $STORED stored against $ACKED acknowledged"; BAD=1
fi

# --- 10. report ----------------------------------------------------------------
col() { # phase config rep column
  awk -F'\t' -v p="$1" -v c="$2" -v r="$3" -v k="$4" 'NR > 1 && $1 == p && $2 == c && $3 == r {print $k}' "$OUT/runs.tsv"
}
median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) {print "nan"; exit} print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }
BEST_SUBMIT=0; BEST_T=""
for t in "${submit_threads[@]}"; do
  m="$(for rep in $(seq "$REPS"); do col submit "submit-t$t" "$rep" 12; done | median)"
  if awk -v a="$m" -v b="$BEST_SUBMIT" 'BEGIN {exit !(a > b)}'; then BEST_SUBMIT="$m"; BEST_T="$t"; fi
done
BEST_P99=""; BEST_LIST_T=""; WORST_P99=0
for t in "${list_threads[@]}"; do
  m="$(for rep in $(seq "$REPS"); do col list "list-oldest-t$t" "$rep" 8; done | median)"
  awk -v a="$m" -v b="$WORST_P99" 'BEGIN {exit !(a > b)}' && WORST_P99="$m"
  if [ -z "$BEST_P99" ] || awk -v a="$m" -v b="$BEST_P99" 'BEGIN {exit !(a < b)}'; then BEST_P99="$m"; BEST_LIST_T="$t"; fi
done
{
  echo "## The front door under load, $STAMP"
  echo
  echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);"
  echo "wrk and livingwell share the cores. $(tail -1 "$OUT/started.txt")."
  srcdir="$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)"
  newer="$(find "$ROOT/src" -type f -newer "$BIN" 2>/dev/null | wc -l)"
  echo "Build: $BUILD_DIR ($BUILD_TYPE), binary built $(date -u -r "$BIN" +%FT%TZ) from ${srcdir:-?} at commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') plus the working tree$([ "$newer" = 0 ] || echo "; $newer files in src/ are newer than the binary")."
  echo "Store: SQLite, WAL, synchronous=FULL, $(findmnt -n -o FSTYPE -T "$DATA") under /tmp; serve --introduce-limit 0 (all load comes from 127.0.0.1)."
  echo
  echo "### The disk"
  echo
  echo "| measure (ops/s) | at the start | before the submissions | at the end |"
  echo "|---|---:|---:|---:|"
  echo "| pg_test_fsync -s $FSYNC_SECS, one 8 kB write, fdatasync (**the reference**) | ${PGFS_FDATASYNC[start]} | **${PGFS_FDATASYNC[before-submissions]}** | ${PGFS_FDATASYNC[end]} |"
  echo "| pg_test_fsync, open_datasync | ${PGFS_OPEN_DATASYNC[start]:-n/a} | ${PGFS_OPEN_DATASYNC[before-submissions]:-n/a} | ${PGFS_OPEN_DATASYNC[end]:-n/a} |"
  echo "| append 8 kB + fdatasync, 4 MB wrapping file | | | $PROBE_8K |"
  echo "| append one submissions commit's WAL ($SUBMIT_FPC frames, $(( SUBMIT_FPC * (24 + PAGE_SIZE) / 1024 )) KiB) + fdatasync | | | $PROBE_SUBMIT |"
  echo "| append one list view's WAL ($LIST_FPC frames, $(( LIST_FPC * (24 + PAGE_SIZE) / 1024 )) KiB) + fdatasync | | | $PROBE_LIST |"
  echo
  echo "WAL frames a commit, from the -wal file's frame headers: $SUBMIT_FPC for a submissions commit (one group-commit batch: services/group_commit.h; $SUBMIT_FRAMES frames in $SUBMIT_COMMITS commits at the end of the submission runs), $LIST_FPC for a list view ($LIST_FRAMES in $LIST_COMMITS after the list runs); page size $PAGE_SIZE."
  echo
  echo "### Durable submissions: POST /introduce/send (wrk -t$WRK_THREADS -c$SUBMIT_CONN -d${DUR}s)"
  echo
  echo "| livingwell --threads | run | submissions/s | ÷ pg_test_fsync fdatasync/s before the submissions | ÷ 8 kB fdatasync/s just before the run | p50 / p99 ms | requests | non-2xx | submissions an fdatasync | server CPU ms a request | disk just before: 8 kB / one commit's size, fdatasync/s |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for t in "${submit_threads[@]}"; do
    for rep in $(seq "$REPS"); do
      v="$(col submit "submit-t$t" "$rep" 12)"
      printf '| %s | %s | %.0f | %s | %s | %.2f / %.2f | %s | %s | %s | %s | %s / %s |\n' "$t" "$rep" "$v" "$(ratio "$v" "$FDATASYNC")" \
        "$(ratio "$v" "$(col submit "submit-t$t" "$rep" 16)")" \
        "$(col submit "submit-t$t" "$rep" 7)" "$(col submit "submit-t$t" "$rep" 8)" \
        "$(col submit "submit-t$t" "$rep" 9)" "$(col submit "submit-t$t" "$rep" 10)" "$(col submit "submit-t$t" "$rep" 22)" \
        "$(col submit "submit-t$t" "$rep" 18)" \
        "$(col submit "submit-t$t" "$rep" 16)" "$(col submit "submit-t$t" "$rep" 19)"
    done
  done
  echo
  echo "Best median: **$(printf '%.0f' "$BEST_SUBMIT") submissions/s** with --threads $BEST_T ($(ratio "$BEST_SUBMIT" "$FDATASYNC") × pg_test_fsync's fdatasync/s just before the submission runs, $(ratio "$BEST_SUBMIT" "$FDATASYNC_END") × at the end); target ≥ $SUBMIT_TARGET: $(awk -v a="$BEST_SUBMIT" -v t="$SUBMIT_TARGET" 'BEGIN {print (a >= t) ? "met" : "NOT met"}')."
  echo "These runs came after seeding ($seed run(s) through the same form, each stopping at its share of $SEED_OPEN open introductions; \"seed\" in runs.tsv) and the list runs, so the store already held $OPEN_AT_LIST open introductions and the list runs' audit entries."
  echo
  echo "Reconciliation (after stopping the server):"
  sed 's/^/- /' "$OUT/reconcile.txt"
  echo "- $(grep -m1 'audit log' "$OUT/audit-verify.txt" || head -1 "$OUT/audit-verify.txt")"
  echo
  echo "### The front-door list with $OPEN_AT_LIST open introductions (wrk -t$WRK_THREADS -c$LIST_CONN -d${DUR}s --latency, signed in as frontdoor)"
  echo
  echo "| page | livingwell --threads | run | req/s | p50 ms | p99 ms | non-2xx | server CPU ms a request | requests an fdatasync | 8 kB fdatasync/s just before |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for t in "${list_threads[@]}"; do
    for p in "${PAGES[@]}"; do
      name="${p%%|*}"; path="${p#*|}"
      [ "$name" = team ] && path="/front-door?team=… ($TEAM_NAME, $TEAM_OPEN open)"
      for rep in $(seq "$REPS"); do
        printf '| `%s` | %s | %s | %.0f | %.2f | %.2f | %s | %s | %s | %s |\n' "$path" "$t" "$rep" "$(col list "list-$name-t$t" "$rep" 6)" \
          "$(col list "list-$name-t$t" "$rep" 7)" "$(col list "list-$name-t$t" "$rep" 8)" "$(col list "list-$name-t$t" "$rep" 10)" \
          "$(col list "list-$name-t$t" "$rep" 18)" "$(col list "list-$name-t$t" "$rep" 22)" "$(col list "list-$name-t$t" "$rep" 16)"
      done
    done
  done
  echo
  echo "The page said: \"${PAGE_TOTAL:-?}\". Default page (oldest first), median p99 of the runs: best **$BEST_P99 ms** (--threads $BEST_LIST_T), worst $WORST_P99 ms; target < $LIST_P99_TARGET ms: $(awk -v a="$BEST_P99" -v t="$LIST_P99_TARGET" 'BEGIN {print (a < t) ? "met" : "NOT met"}')."
  echo
  echo "After the load: $OPEN_END open introductions; store $(awk -v b="$STORE_BYTES" 'BEGIN {printf "%.1f", b/1048576}') MB (db + WAL)."
  echo "1-minute load average at the end of each run: $(awk -F'\t' 'NR > 1 {print $15}' "$OUT/runs.tsv" | sort -g | sed -n '1p;$p' | paste -sd '-' | sed 's/-/ to /')."
} | tee "$OUT/summary.md"
log "results in ${OUT#"$ROOT"/}"
[ "$BAD" = 0 ] || die "some requests were not confirmations, or the store does not reconcile: the figures are not valid"
exit 0
