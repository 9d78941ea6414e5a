#!/usr/bin/env bash
# The evaluation's dashboards under load (issue 9's benchmark): a dashboard
# page over the `gm` synthetic system (ten localities, ~100,000 introductions,
# ~1 million contacts) with 16 concurrent users, on SQLite and on PostgreSQL.
# The goal: p99 under 100 ms.
#
#   bench/evaluation_load.sh [BUILD_DIR]          (default BUILD_DIR=build-release)
#
# It builds nothing: BUILD_DIR must hold a built livingwell (Release). The
# binary is copied to the temporary directory first, so a rebuild in
# BUILD_DIR during the run does not change what is measured.
#
# For each store in STORES (SQLite first, then PostgreSQL):
#  1. a fresh store: SQLite in a temporary directory; PostgreSQL a database in
#     a throwaway PostgreSQL 15 cluster (initdb into /tmp, 127.0.0.1 only,
#     durable: fsync, synchronous_commit and full_page_writes on, as
#     bench/store_load.sh); `livingwell generate --scale S --seed SEED --load`
#     into it, under GNU time and bounded by LOAD_TIMEOUT. If PostgreSQL's load
#     at PG_SCALE runs out of time, the database is dropped and PostgreSQL is
#     loaded and measured at PG_FALLBACK_SCALE instead (labelled so);
#  2. `livingwell user add --name bench.commissioner --role commissioner`;
#     `livingwell serve` on 127.0.0.1; signs in through the form (CSRF double
#     submit);
#  3. "facts read": the server reads the evaluation's facts in the background
#     from its start (they stay in memory for --evaluation-refresh-seconds, then
#     are read again in the background); a dashboard answers 503 until then,
#     so the script polls it and times the wait from sign-in to the first 200,
#     then the same request again (warm);
#  4. checks each page once (200 and its figures) and keeps it, with its CSV;
#     then wrk -t$WRK_THREADS -c$CONN -d$DUR --latency (bench/evaluation_load.lua
#     checks every response) on three pages, FROM to TO (12 months):
#       /evaluation?measure=days-to-conversation          (every locality)
#       /evaluation?measure=planned-exits&locality=A&locality=B   (two compared)
#       /open-data?measure=days-to-conversation           (public: no sign-in,
#         no audit entry; the first page's figures with the public rule)
#     a discarded WARMUP-second run of each, then REPS rounds. Every
#     dashboard request also writes an audit entry (a write transaction);
#  5. afterwards: the server's RSS (ps -o rss), the store's size, the audit
#     entries the dashboards wrote, and `livingwell audit verify`.
#
# Environment: STORES ("sqlite postgresql"), SCALE (gm; SQLite's), PG_SCALE
# (PostgreSQL's, default SCALE), PG_FALLBACK_SCALE (locality; "" to give up
# instead), SEED (1), LOAD_TIMEOUT (seconds per load, 900), FROM and TO (the
# months, 2025-04 and 2026-03: the last 12 of the generator's window, which
# ends on 31 March 2026), DUR (seconds per wrk run, 10; at most 15), REPS
# (rounds, 2), WARMUP (2; 0 skips), CONN (16: the issue's users), WRK_THREADS
# (2), LW_THREADS (livingwell serve --threads, 8), REFRESH
# (--evaluation-refresh-seconds, 300), KEEP_DB=FILE (keep a copy of the loaded
# SQLite store), SEED_DB=FILE (start SQLite from such a copy instead of
# loading; it holds the audit entries of earlier runs).
#
# Everything listens on 127.0.0.1 only; every load is bounded by wrk -d and
# every store load by LOAD_TIMEOUT; the EXIT trap stops the server (SIGTERM),
# the PostgreSQL cluster (pg_ctl stop -m fast) and removes the temporary
# directories, however the script exits. Results go to
# bench/results/<UTC timestamp>-evaluation/. Exit codes: 0 done (the 100 ms
# target may be missed: summary.md says); 2 the run is invalid (a response
# that was not the page with its figures, or a failed check).
# See bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"

BUILD_DIR="${1:-build-release}"
STORES="${STORES:-sqlite postgresql}"
SCALE="${SCALE:-gm}"; PG_SCALE="${PG_SCALE:-$SCALE}"; PG_FALLBACK_SCALE="${PG_FALLBACK_SCALE-locality}"
SEED="${SEED:-1}"; LOAD_TIMEOUT="${LOAD_TIMEOUT:-900}"
FROM="${FROM:-2025-04}"; TO="${TO:-2026-03}"
DUR="${DUR:-10}"; REPS="${REPS:-2}"; WARMUP="${WARMUP:-2}"
CONN="${CONN:-16}"; WRK_THREADS="${WRK_THREADS:-2}"; LW_THREADS="${LW_THREADS:-8}"
REFRESH="${REFRESH:-300}"
PG_BIN="${LW_PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_RUN_USER="${LW_PG_RUN_USER:-nobody}"
COMMISSIONER="bench.commissioner"
PASSWORD="living-well-bench-commissioner"
EXPECT="Download these figures"  # only a page showing its figures has the CSV link
P99_TARGET=100   # ms, 16 concurrent users (issue 9)
START_TIMEOUT_S=60

log() { printf '[evaluation_load] %s\n' "$*" >&2; }
die() { printf '[evaluation_load] ERROR: %s\n' "$*" >&2; exit 2; }

int_in() { # NAME MIN MAX: the variable NAME is a whole number from MIN to MAX
  local v="${!1}"
  if ! [[ "$v" =~ ^[0-9]+$ ]] || [ "$v" -lt "$2" ] || [ "$v" -gt "$3" ]; then die "$1 must be $2 to $3"; fi
}
# Every load is bounded: at most 15 s per wrk run, at most an hour per store load.
int_in DUR 1 15; int_in WARMUP 0 15; int_in REPS 1 10; int_in CONN 1 256; int_in WRK_THREADS 1 16
int_in LW_THREADS 1 64; int_in SEED 1 1000000; int_in LOAD_TIMEOUT 10 3600; int_in REFRESH 1 604800
for s in $STORES; do [[ "$s" == sqlite || "$s" == postgresql ]] || die "STORES is a list of sqlite and postgresql"; done
for s in "$SCALE" "$PG_SCALE" ${PG_FALLBACK_SCALE:+"$PG_FALLBACK_SCALE"}; do
  [[ "$s" =~ ^(demo|locality|gm|national)$ ]] || die "scales are demo, locality, gm or national"
done
for m in "$FROM" "$TO"; do [[ "$m" =~ ^20[0-9][0-9]-(0[1-9]|1[0-2])$ ]] || die "FROM and TO are months, like 2025-04"; done

# --- 1. tools and the binary ----------------------------------------------------
need=()
for pkg in wrk curl sqlite3 time procps; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if [[ " $STORES " == *" postgresql "* ]]; then
  [ -x "$PG_BIN/initdb" ] || need+=(postgresql-15)
  command -v psql >/dev/null || need+=(postgresql-client-15)
fi
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  log "installing ${need[*]}"
  SUDO=(); [ "$(id -u)" -eq 0 ] || SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
    "${need[@]}" >/dev/null
fi
if [[ " $STORES " == *" postgresql "* ]]; then
  [ -x "$PG_BIN/initdb" ] || die "no $PG_BIN/initdb after installing postgresql-15"
  if [ "$(id -u)" -eq 0 ] && ! command -v runuser >/dev/null; then
    die "running as root and runuser is missing (PostgreSQL refuses to run as root)"
  fi
fi

[ -x "$BUILD_DIR/livingwell" ] || die "no $BUILD_DIR/livingwell: build it first (cmake --build $BUILD_DIR --target livingwell); this script builds nothing"
h="$("$BUILD_DIR/livingwell" --help 2>/dev/null || true)"
[[ "$h" == *--evaluation-refresh-seconds* ]] || die "$BUILD_DIR/livingwell has no --evaluation-refresh-seconds: it predates the evaluation"
BUILD_TYPE="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)"
[ "$BUILD_TYPE" = Release ] || log "WARNING: $BUILD_DIR is a '${BUILD_TYPE:-unknown}' build, not Release"

# --- scratch space and cleanup ----------------------------------------------------
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$HERE/results/$STAMP-evaluation"
RAW="$OUT/wrk"
mkdir -p "$RAW"
TMP="$(mktemp -d /tmp/lw-evaluation-load.XXXXXX)"
BIN="$TMP/livingwell"
cp "$BUILD_DIR/livingwell" "$BIN"
BIN_BUILT="$(date -u -r "$BUILD_DIR/livingwell" +%FT%TZ)"
BIN_SHA="$(sha256sum "$BIN" | cut -c1-12)"
STATIC_DIR="$(cd "$BUILD_DIR" && pwd)/static"
LW_PID=""; SERVE_N=0
PGDIR=""; PG_PID=""; PG_OWNER=""

# shellcheck disable=SC2317  # stop_pid, as_owner and is_our_postmaster serve the EXIT trap too
stop_pid() { # pid signal: signal it, wait up to 15 s, then SIGKILL
  local pid="$1" sig="$2"
  kill -0 "$pid" 2>/dev/null || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }; sleep 0.1; done
  log "pid $pid ignored SIG$sig for 15 s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
# Runs a command as the cluster's owner, from the cluster directory (PostgreSQL's
# tools fail when they cannot read the current directory, e.g. root's home).
# shellcheck disable=SC2317
as_owner() {
  if [ "$(id -u)" -ne 0 ]; then (cd "$PGDIR" && "$@"); else (cd "$PGDIR" && runuser -u "$PG_OWNER" -- "$@"); fi
}
# True if $1 is alive and its command line names our data directory (not a reused pid).
# shellcheck disable=SC2317
is_our_postmaster() {
  [ -n "$1" ] && [ -r "/proc/$1/cmdline" ] || return 1
  [[ "$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" == *"$PGDIR/data"* ]]
}
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  local rc=$? f
  set +e
  [ -n "$LW_PID" ] && stop_pid "$LW_PID" TERM
  if [ -n "$PGDIR" ] && [ -d "$PGDIR/data" ]; then
    [ -f "$PGDIR/server.log" ] && cp "$PGDIR/server.log" "$OUT/postgresql.log" 2>/dev/null
    as_owner "$PG_BIN/pg_ctl" -D "$PGDIR/data" stop -m fast -w -t 30 >/dev/null 2>&1
    if is_our_postmaster "$PG_PID"; then
      kill -QUIT "$PG_PID" 2>/dev/null
      for _ in $(seq 50); do is_our_postmaster "$PG_PID" || break; sleep 0.1; done
      is_our_postmaster "$PG_PID" && kill -KILL "$PG_PID" 2>/dev/null
    fi
  fi
  if [ -d "$TMP" ]; then
    for f in "$TMP"/serve-*.stdout.log; do
      [ -f "$f" ] && grep -v '"event":"request"' "$f" > "$OUT/livingwell-$(basename "$f" .stdout.log).log"
    done
    for f in "$TMP"/serve-*.stderr.log; do [ -s "$f" ] && cp "$f" "$OUT/"; done
  fi
  [ -n "$PGDIR" ] && rm -rf -- "$PGDIR"
  rm -rf -- "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD1="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$LOAD1" -v n="$(nproc)" 'BEGIN {exit !(l > n / 4)}'; then
  log "WARNING: load average $LOAD1 on $(nproc) cores: something else is running; figures will be noisy"
fi
{
  date -u +%FT%TZ
  echo "load average at start: $(loadavg)"
} > "$OUT/started.txt"

ms() { # wrk duration (850.00us, 1.05ms, 1.20s, 2.00m) -> milliseconds
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
    if (f < 0) { print "nan"; exit 1 } printf "%.3f", n * f }'
}
mb() { awk -v b="$1" 'BEGIN {printf "%.0f", b / 1048576}'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$LW_PID/stat"; }  # the server's utime + stime
rss_kb() { ps -o rss= -p "$LW_PID" | tr -d ' '; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- 2. PostgreSQL 15, durable (only if it is measured) ---------------------------
PG_PORT=""; PSQL=()
start_postgresql() {
  PGDIR="$(mktemp -d /tmp/lw-evaluation-load-pg.XXXXXX)"
  PG_OWNER="$(id -un)"; [ "$(id -u)" -eq 0 ] && PG_OWNER="$PG_RUN_USER"
  chmod 755 "$PGDIR"
  mkdir -m 755 "$PGDIR/socket"
  [ "$(id -u)" -eq 0 ] && chown "$PG_OWNER:" "$PGDIR" "$PGDIR/socket"
  log "initdb in $PGDIR (as $PG_OWNER)"
  # C.UTF-8 as in tests/pg/cluster.sh (byte order, like SQLite's BINARY collation).
  as_owner "$PG_BIN/initdb" -D "$PGDIR/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 \
    --no-instructions > "$PGDIR/initdb.log" 2>&1 || { cat "$PGDIR/initdb.log" >&2; die "initdb failed"; }
  local attempt port
  for attempt in $(seq 10); do
    port="$(free_port)"
    # Everything not named here is PostgreSQL 15's default. The three durability
    # settings are the defaults too; they are written out so nobody has to wonder.
    cat > "$PGDIR/data/bench.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$PGDIR/socket'
fsync = on
synchronous_commit = on
full_page_writes = on
EOF
    [ "$(id -u)" -eq 0 ] && chown "$PG_OWNER:" "$PGDIR/data/bench.conf"
    grep -q "^include = 'bench.conf'" "$PGDIR/data/postgresql.conf" ||
      echo "include = 'bench.conf'" >> "$PGDIR/data/postgresql.conf"
    if as_owner "$PG_BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 start >/dev/null; then
      PG_PORT="$port"; break
    fi
    grep -q "Address already in use" "$PGDIR/server.log" 2>/dev/null || { tail -20 "$PGDIR/server.log" >&2; die "PostgreSQL did not start"; }
    log "port $port was taken (attempt $attempt); trying another"
  done
  [ -n "$PG_PORT" ] || die "no free port for PostgreSQL"
  PG_PID="$(head -1 "$PGDIR/data/postmaster.pid")"
  PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres)
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 30 || die "PostgreSQL is not accepting connections"
  "${PSQL[@]}" -d postgres -At -F ' = ' -c "SELECT name, current_setting(name) FROM pg_settings
    WHERE name IN ('server_version', 'fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method',
    'shared_buffers', 'work_mem', 'max_wal_size', 'default_transaction_isolation', 'max_connections',
    'listen_addresses') ORDER BY name" > "$OUT/postgresql-settings.txt"
  local want
  for want in 'fsync = on' 'synchronous_commit = on' 'full_page_writes = on'; do
    grep -qx "$want" "$OUT/postgresql-settings.txt" || die "PostgreSQL is not running with $want"
  done
  log "PostgreSQL $(sed -n 's/^server_version = //p' "$OUT/postgresql-settings.txt") at 127.0.0.1:$PG_PORT, durable"
}

# --- 3. a store: load it -------------------------------------------------------------
# STORE_ARGS: livingwell's arguments for the store being measured.
STORE_ARGS=()
declare -A LOADED_SCALE LOAD_SECS LOAD_RSS LOAD_LINE LOAD_NOTE
# load_store store scale: generate --load into a fresh store; returns 3 if it ran out of time.
load_store() {
  local s="$1" scale="$2" rc=0 f="$OUT/load-$1-$2.log"
  if [ "$s" = sqlite ]; then
    rm -rf "$TMP/sqlite"; mkdir -p "$TMP/sqlite/data"
    STORE_ARGS=(--data "$TMP/sqlite/data")
    if [ -n "${SEED_DB:-}" ]; then
      [ -f "$SEED_DB" ] || die "SEED_DB=$SEED_DB is not a file"
      log "sqlite: starting from a copy of $SEED_DB (not loading)"
      cp "$SEED_DB" "$TMP/sqlite/data/livingwell.db"
      LOAD_SECS[$s]="-"; LOAD_RSS[$s]="-"
      LOAD_LINE[$s]="a copy of $SEED_DB, made $(date -u -r "$SEED_DB" +%FT%TZ) (not loaded in this run)"
      return 0
    fi
  else
    local db="livingwell_eval_$scale"
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    rm -rf "$TMP/postgresql"; mkdir -p "$TMP/postgresql/data"
    STORE_ARGS=(--database "postgresql://postgres@127.0.0.1:$PG_PORT/$db" --data "$TMP/postgresql/data")
  fi
  log "$s: generate --scale $scale --seed $SEED --load (at most ${LOAD_TIMEOUT}s; load average $(loadavg))"
  timeout -k 30 "$LOAD_TIMEOUT" /usr/bin/time -v "$BIN" "${STORE_ARGS[@]}" generate --scale "$scale" \
    --seed "$SEED" --load > "$f" 2>&1 || rc=$?
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    log "$s: the $scale load ran out of time after ${LOAD_TIMEOUT}s"
    return 3
  fi
  [ "$rc" = 0 ] || { tail -20 "$f" >&2; die "$s: generate --load failed (exit $rc; see $f)"; }
  LOAD_SECS[$s]="$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, a, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + a[i]; printf "%.1f", s}' "$f")"
  LOAD_RSS[$s]="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$f")"
  LOAD_LINE[$s]="$(grep -m1 '^stored' "$f" || echo '?')"
  log "$s: ${LOAD_LINE[$s]} (peak RSS ${LOAD_RSS[$s]} MB)"
  if [ "$s" = sqlite ] && [ -n "${KEEP_DB:-}" ]; then
    rm -f "$KEEP_DB"
    sqlite3 "$TMP/sqlite/data/livingwell.db" "VACUUM INTO '$KEEP_DB'" && log "the loaded store is kept at $KEEP_DB"
  fi
}
store_bytes() { # store
  if [ "$1" = sqlite ]; then
    du -cb "$TMP/sqlite/data"/livingwell.db* | tail -1 | cut -f1
  else
    "${PSQL[@]}" -d postgres -At -c "SELECT pg_database_size('livingwell_eval_${LOADED_SCALE[$1]}')"
  fi
}
store_sql() { # store query: one query's rows, columns separated by |
  if [ "$1" = sqlite ]; then
    sqlite3 -batch -noheader "$TMP/sqlite/data/livingwell.db" "$2"
  else
    "${PSQL[@]}" -d "livingwell_eval_${LOADED_SCALE[$1]}" -At -c "$2"
  fi
}
audit_reads() { store_sql "$1" "SELECT COUNT(*) FROM audit_log WHERE action = 'evaluation.read'"; }

# --- 4. the server, signed in --------------------------------------------------------
URL=""; SERVE_LOG=""; SESSION=""
start_server() { # store
  local line
  SERVE_N=$((SERVE_N + 1))
  SERVE_LOG="$TMP/serve-$SERVE_N-$1.stdout.log"
  "$BIN" serve --bind 127.0.0.1 --port 0 --threads "$LW_THREADS" --static-dir "$STATIC_DIR" \
    --evaluation-refresh-seconds "$REFRESH" "${STORE_ARGS[@]}" \
    > "$SERVE_LOG" 2> "$TMP/serve-$SERVE_N-$1.stderr.log" &
  LW_PID=$!
  line=""
  for _ in $(seq $((START_TIMEOUT_S * 20))); do
    line="$(grep -m1 '"event":"listening"' "$SERVE_LOG" 2>/dev/null || true)"
    [ -n "$line" ] && break
    kill -0 "$LW_PID" 2>/dev/null || { cat "$TMP/serve-$SERVE_N-$1.stderr.log" >&2; die "livingwell exited before listening"; }
    sleep 0.05
  done
  [ -n "$line" ] || die "livingwell did not log \"listening\" within ${START_TIMEOUT_S}s"
  grep -q "\"store\":\"$1\"" <<<"$line" || die "the server is not on $1: $line"
  URL="$(sed -E 's/.*"url":"([^"]*)".*/\1/' <<<"$line")"
  [[ "$URL" == http://127.0.0.1:* ]] || die "not listening on 127.0.0.1: $URL"
  [ "$(curl -sS -o /dev/null -w '%{http_code}' "$URL/readyz")" = 200 ] || die "/readyz is not 200"
  log "livingwell --threads $LW_THREADS on $1 at $URL"
}
stop_server() { [ -n "$LW_PID" ] && stop_pid "$LW_PID" TERM; LW_PID=""; }
sign_in() {
  local jar="$TMP/commissioner.jar" csrf code
  rm -f "$jar"
  curl -sS -c "$jar" -o /dev/null "$URL/sign-in"
  csrf="$(awk '$6 == "lw_csrf" {print $7}' "$jar")"
  [ -n "$csrf" ] || die "GET /sign-in set no lw_csrf cookie"
  code="$(curl -sS -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "csrf_token=$csrf" --data-urlencode "username=$COMMISSIONER" \
    --data-urlencode "password=$PASSWORD" "$URL/sign-in")"
  [ "$code" = 303 ] || die "signing in as $COMMISSIONER answered $code"
  SESSION="$(awk '$6 == "lw_session" {print $7}' "$jar")"
  [ -n "$SESSION" ] || die "no lw_session cookie after signing in"
}

# --- 5. the load -----------------------------------------------------------------------
printf 'store\tscale\tpage\trep\tconn\trps\tp50_ms\tp90_ms\tp99_ms\tmax_ms\trequests\tnon2xx\tsocket_errors\tlua_ok\tlua_bad\tserver_cpu_ms_per_req\tloadavg_before\tloadavg_after\tfile\n' > "$OUT/runs.tsv"
BAD=0
run_wrk() { # kind(warmup|run) store page path rep secs file [wrk args...]
  local kind="$1" s="$2" page="$3" path="$4" rep="$5" secs="$6" f="$7"; shift 7
  local before after cpu0 cpu1 rps reqs p50 p90 p99 max non2xx sockerr okc badc cpu
  before="$(loadavg)"
  cpu0="$(cpu_ticks)"
  LW_EXPECT="$EXPECT" wrk -t"$WRK_THREADS" -c"$CONN" -d"${secs}s" --timeout 10s --latency \
    -s "$HERE/evaluation_load.lua" "$@" "$URL$path" > "$f" 2>&1 || die "wrk failed (see $f)"
  sleep 0.5  # let requests cut off by wrk's deadline finish
  cpu1="$(cpu_ticks)"
  after="$(loadavg)"
  [ "$kind" = run ] || return 0
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$f")"
  reqs="$(awk '/requests in/ {print $1}' "$f")"
  if [ -z "$rps" ] || [ -z "$reqs" ]; then die "could not read wrk's figures from $f"; fi
  p50="$(ms "$(awk '$1 == "50%" && NF == 2 {print $2}' "$f")")"
  p90="$(ms "$(awk '$1 == "90%" && NF == 2 {print $2}' "$f")")"
  p99="$(ms "$(awk '$1 == "99%" && NF == 2 {print $2}' "$f")")"
  max="$(ms "$(awk '$1 == "Latency" && NF >= 5 {print $4}' "$f")")"
  non2xx="$(awk -F: '/Non-2xx or 3xx responses/ {gsub(/ /, "", $2); print $2}' "$f")"; non2xx="${non2xx:-0}"
  sockerr="$(awk '/Socket errors:/ {s = 0; for (i = 3; i <= NF; i += 2) s += $(i + 1) + 0; print s}' "$f")"; sockerr="${sockerr:-0}"
  okc="$(awk '/^lw_ok / {print $2}' "$f")"; badc="$(awk '/^lw_bad / {print $2}' "$f")"
  cpu="$(awk -v a="$cpu0" -v b="$cpu1" -v hz="$(getconf CLK_TCK)" -v n="$reqs" \
    'BEGIN {printf "%.2f", (n > 0) ? (b - a) * 1000 / hz / n : 0}')"
  if [ "$non2xx" != 0 ] || [ "$sockerr" != 0 ] || [ "${badc:-1}" != 0 ]; then
    log "ERROR: $s $page round $rep: $non2xx non-2xx, $sockerr socket errors, ${badc:-?} pages without their figures"
    grep '^lw_first_failure' "$f" >&2 || true
    BAD=1
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$s" "${LOADED_SCALE[$s]}" "$page" "$rep" "$CONN" "$rps" "$p50" "$p90" "$p99" "$max" "$reqs" \
    "$non2xx" "$sockerr" "$okc" "$badc" "$cpu" "$before" "$after" "${f#"$OUT"/}" >> "$OUT/runs.tsv"
  log "$s $page round $rep: $rps req/s, p50 $p50 ms, p99 $p99 ms (load before $before)"
}

declare -A COMPARED FACTS_S WARM_S RSS_FACTS RSS_END BYTES AUDITS SPAN_S LOCALITIES AUDIT_OK PATHS
PAGES=(dashboard compare open-data)
measure_store() { # store
  local s="$1" f code secs t0 ids names p path rep csv
  start_server "$s"
  sign_in
  local cookie=(-H "Cookie: lw_session=$SESSION")
  local months="from=$FROM&to=$TO"
  local first="/evaluation?measure=days-to-conversation&$months"
  # The server reads the evaluation's facts in the background from its
  # start; until then a dashboard answers 503 ("being worked out") at once.
  # Poll until it answers 200: that is when the facts are ready.
  f="$TMP/$s-first.html"
  log "$s: waiting for the facts (read in the background since the server started; load average $(loadavg))"
  local began now waited=0
  began="$(date +%s.%N)"
  while :; do
    read -r code secs <<<"$(curl -sS --max-time 60 -o "$f" -w '%{http_code} %{time_total}' "${cookie[@]}" "$URL$first")"
    [ "$code" = 200 ] && break
    [ "$code" = 503 ] || die "$s: GET $first answered $code"
    waited=$((waited + 1))
    [ "$waited" -le 1800 ] || die "$s: the facts were not ready after 900 s"
    sleep 0.5
  done
  now="$(date +%s.%N)"
  FACTS_S[$s]="$(awk -v a="$began" -v b="$now" 'BEGIN {printf "%.2f", b - a}')"
  t0="$(date +%s)"
  read -r code secs <<<"$(curl -sS --max-time 60 -o "$f" -w '%{http_code} %{time_total}' "${cookie[@]}" "$URL$first")"
  [ "$code" = 200 ] || die "$s: GET $first answered $code the second time"
  WARM_S[$s]="$(printf '%.3f' "$secs")"
  RSS_FACTS[$s]="$(rss_kb)"
  log "$s: facts read in ${FACTS_S[$s]} s; the same page again in ${WARM_S[$s]} s; RSS $(( ${RSS_FACTS[$s]} / 1024 )) MB"
  # Two localities for the comparison: the first two the form offers.
  ids="$(grep -oE 'name="locality" type="checkbox" value="[^"]+"' "$f" | sed -E 's/.*value="([^"]+)"/\1/')"
  LOCALITIES[$s]="$(wc -l <<<"$ids")"
  [ -n "$ids" ] || die "$s: the dashboard's form offers no locality"
  [ "${LOCALITIES[$s]}" -ge 2 ] || log "WARNING: $s: one locality at this scale: the \"comparison\" is of it alone"
  PATHS[$s,dashboard]="$first"
  PATHS[$s,compare]="/evaluation?measure=planned-exits&$months$(head -2 <<<"$ids" | sed 's/^/\&locality=/' | tr -d '\n')"
  PATHS[$s,open-data]="/open-data?measure=days-to-conversation&$months"
  # Each page once: 200, with its figures; kept with its CSV.
  for p in "${PAGES[@]}"; do
    path="${PATHS[$s,$p]}"
    f="$OUT/page-$s-$p.html"
    if [ "$p" = open-data ]; then
      code="$(curl -sS --max-time 60 -o "$f" -w '%{http_code}' "$URL$path")"
      csv="/open-data.csv?$months"
    else
      code="$(curl -sS --max-time 60 -o "$f" -w '%{http_code}' "${cookie[@]}" "$URL$path")"
      csv="/evaluation.csv?${path#/evaluation?}"
    fi
    [ "$code" = 200 ] || die "$s: GET $path answered $code"
    grep -q "$EXPECT" "$f" || die "$s: GET $path shows no figures"
    code="$(curl -sS --max-time 60 -o "$OUT/page-$s-$p.csv" -w '%{http_code}' "${cookie[@]}" "$URL$csv")"
    [ "$code" = 200 ] || die "$s: GET $csv answered $code"
  done
  names="$(grep -A1 -E 'name="locality" type="checkbox" value="[^"]+" checked>' "$OUT/page-$s-compare.html" |
    sed -nE 's/.*<label[^>]*>([^<]*)<\/label>.*/\1/p' | paste -sd ',' | sed 's/,/, /g')"
  COMPARED[$s]="${names:-?}"
  log "$s: the comparison is of ${COMPARED[$s]}"
  for p in "${PAGES[@]}"; do
    [ "$WARMUP" = 0 ] && break
    if [ "$p" = open-data ]; then
      run_wrk warmup "$s" "$p" "${PATHS[$s,$p]}" 0 "$WARMUP" "$RAW/warmup.$s-$p.txt"
    else
      run_wrk warmup "$s" "$p" "${PATHS[$s,$p]}" 0 "$WARMUP" "$RAW/warmup.$s-$p.txt" "${cookie[@]}"
    fi
  done
  for rep in $(seq "$REPS"); do
    for p in "${PAGES[@]}"; do
      if [ "$p" = open-data ]; then
        run_wrk run "$s" "$p" "${PATHS[$s,$p]}" "$rep" "$DUR" "$RAW/$s-$p.$rep.txt"
      else
        run_wrk run "$s" "$p" "${PATHS[$s,$p]}" "$rep" "$DUR" "$RAW/$s-$p.$rep.txt" "${cookie[@]}"
      fi
    done
  done
  SPAN_S[$s]=$(($(date +%s) - t0))
  RSS_END[$s]="$(rss_kb)"
  stop_server
  BYTES[$s]="$(store_bytes "$s")"
  AUDITS[$s]="$(audit_reads "$s")"
  if timeout 600 "$BIN" "${STORE_ARGS[@]}" audit verify > "$OUT/audit-verify-$s.txt" 2>&1; then
    AUDIT_OK[$s]="$(grep -m1 'audit log' "$OUT/audit-verify-$s.txt" || head -1 "$OUT/audit-verify-$s.txt")"
  else
    AUDIT_OK[$s]="audit verify FAILED: $(head -1 "$OUT/audit-verify-$s.txt")"; BAD=1
  fi
  log "$s: RSS after the runs $(( ${RSS_END[$s]} / 1024 )) MB; store $(mb "${BYTES[$s]}") MB; ${AUDITS[$s]} evaluation.read audit entries; ${AUDIT_OK[$s]}"
}

read -r -a stores <<<"$STORES"
for s in "${stores[@]}"; do
  if [ "$s" = sqlite ]; then
    load_store sqlite "$SCALE" || die "sqlite: the $SCALE load ran out of time (LOAD_TIMEOUT=$LOAD_TIMEOUT)"
    LOADED_SCALE[$s]="$SCALE"
  else
    [ -n "$PG_PORT" ] || start_postgresql
    LOADED_SCALE[$s]="$PG_SCALE"
    if ! load_store postgresql "$PG_SCALE"; then
      LOAD_NOTE[$s]="the $PG_SCALE load ran out of time after ${LOAD_TIMEOUT} s ($(tail -1 "$OUT/load-postgresql-$PG_SCALE.log" 2>/dev/null || true))"
      [ -n "$PG_FALLBACK_SCALE" ] || die "postgresql: ${LOAD_NOTE[$s]}; PG_FALLBACK_SCALE is empty"
      "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS livingwell_eval_$PG_SCALE WITH (FORCE)"
      log "postgresql: measuring at the $PG_FALLBACK_SCALE scale instead"
      LOADED_SCALE[$s]="$PG_FALLBACK_SCALE"
      load_store postgresql "$PG_FALLBACK_SCALE" || die "postgresql: the $PG_FALLBACK_SCALE load ran out of time too"
    fi
  fi
  # A commissioner belongs to an organisation: the first NHS trust (there are several).
  org="$(store_sql "$s" "SELECT id FROM organisations ORDER BY kind = 'nhs-trust' DESC, name LIMIT 1")"
  [ -n "$org" ] || die "$s: the store has no organisation"
  printf '%s\n' "$PASSWORD" | "$BIN" "${STORE_ARGS[@]}" user add --name "$COMMISSIONER" \
    --display-name "Bench Commissioner" --role commissioner --organisation "$org" > "$OUT/user-add-$s.txt" 2>&1 ||
    { cat "$OUT/user-add-$s.txt" >&2; die "$s: user add failed"; }
  measure_store "$s"
done

# The same system on both stores should give the same figures.
SAME=""
if [ "${#stores[@]}" = 2 ] && [ "${LOADED_SCALE[sqlite]}" = "${LOADED_SCALE[postgresql]}" ]; then
  SAME="the CSVs of the three pages are the same on both stores"
  for p in "${PAGES[@]}"; do
    if ! cmp -s "$OUT/page-sqlite-$p.csv" "$OUT/page-postgresql-$p.csv"; then
      SAME="the CSVs of the pages DIFFER between the stores (page-*-$p.csv)"; BAD=1
    fi
  done
fi

# --- 6. report -------------------------------------------------------------------------
col() { # store page rep column
  awk -F'\t' -v s="$1" -v p="$2" -v r="$3" -v k="$4" 'NR > 1 && $1 == s && $3 == p && $4 == r {print $k}' "$OUT/runs.tsv"
}
median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) {print "nan"; exit} print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
verdict() { awk -v a="$1" -v t="$P99_TARGET" 'BEGIN {print (a + 0 < t && a != "nan") ? "PASS" : "FAIL"}'; }
declare -A DESCRIBE=(
  [dashboard]="/evaluation days-to-conversation, every locality"
  [compare]="/evaluation planned-exits, two localities"
  [open-data]="/open-data days-to-conversation (public)"
)
{
  echo "## The evaluation's dashboards under load, $STAMP"
  echo
  echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);"
  echo "wrk, livingwell (and PostgreSQL) share the cores. $(tail -1 "$OUT/started.txt")."
  newer="$(find "$ROOT/src" -type f -newer "$BUILD_DIR/livingwell" 2>/dev/null | wc -l)"
  echo "Build: $BUILD_DIR ($BUILD_TYPE), binary built $BIN_BUILT (sha256 $BIN_SHA…) at commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') plus the working tree$([ "$newer" = 0 ] || echo "; $newer files in src/ are newer than the binary")."
  echo "Server: livingwell serve --threads $LW_THREADS --evaluation-refresh-seconds $REFRESH; one commissioner session shared by the $CONN connections."
  echo
  echo "| store | scale | loaded in | load peak RSS | stored | store size after |"
  echo "|---|---|---:|---:|---|---:|"
  for s in "${stores[@]}"; do
    echo "| $s | ${LOADED_SCALE[$s]}$([ -z "${LOAD_NOTE[$s]:-}" ] || echo " (not $PG_SCALE: ${LOAD_NOTE[$s]})") | ${LOAD_SECS[$s]} s | ${LOAD_RSS[$s]} MB | ${LOAD_LINE[$s]#stored } | $(mb "${BYTES[$s]}") MB |"
  done
  echo
  echo "Load: wrk -t$WRK_THREADS -c$CONN -d${DUR}s --latency, bench/evaluation_load.lua (every response 200 with its figures), $REPS rounds after a ${WARMUP}-second warm-up of each page; months $FROM to $TO."
  echo
  echo "| store | page | round | req/s | p50 ms | p90 ms | p99 ms | max ms | requests | non-2xx | not the page | server CPU ms a request | load average before |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  for s in "${stores[@]}"; do
    for p in "${PAGES[@]}"; do
      for rep in $(seq "$REPS"); do
        printf '| %s (%s) | %s | %s | %.0f | %.2f | %.2f | %.2f | %.1f | %s | %s | %s | %s | %s |\n' "$s" "${LOADED_SCALE[$s]}" \
          "${DESCRIBE[$p]}" "$rep" "$(col "$s" "$p" "$rep" 6)" "$(col "$s" "$p" "$rep" 7)" "$(col "$s" "$p" "$rep" 8)" \
          "$(col "$s" "$p" "$rep" 9)" "$(col "$s" "$p" "$rep" 10)" "$(col "$s" "$p" "$rep" 11)" \
          "$(col "$s" "$p" "$rep" 12)" "$(col "$s" "$p" "$rep" 15)" "$(col "$s" "$p" "$rep" 16)" "$(col "$s" "$p" "$rep" 17)"
      done
    done
  done
  echo
  echo "Median of the rounds, against the target (p99 < $P99_TARGET ms at $CONN concurrent users):"
  echo
  echo "| store | page | facts ready s | median req/s | median p50 ms | median p90 ms | median p99 ms | target |"
  echo "|---|---|---:|---:|---:|---:|---:|---|"
  for s in "${stores[@]}"; do
    for p in "${PAGES[@]}"; do
      m="$(for rep in $(seq "$REPS"); do col "$s" "$p" "$rep" 9; done | median)"
      printf '| %s (%s) | %s | %s | %.0f | %.2f | %.2f | %.2f | **%s** |\n' "$s" "${LOADED_SCALE[$s]}" "${DESCRIBE[$p]}" \
        "$([ "$p" = dashboard ] && echo "${FACTS_S[$s]}" || echo "")" \
        "$(for rep in $(seq "$REPS"); do col "$s" "$p" "$rep" 6; done | median)" \
        "$(for rep in $(seq "$REPS"); do col "$s" "$p" "$rep" 7; done | median)" \
        "$(for rep in $(seq "$REPS"); do col "$s" "$p" "$rep" 8; done | median)" "$m" "$(verdict "$m")"
    done
  done
  echo
  for s in "${stores[@]}"; do
    echo "- $s (${LOADED_SCALE[$s]}): facts read by the first request in ${FACTS_S[$s]} s (the same page just after: ${WARM_S[$s]} s);" \
      "${LOCALITIES[$s]} localities (the comparison: ${COMPARED[$s]}); server RSS $(( ${RSS_FACTS[$s]} / 1024 )) MB after reading the facts, $(( ${RSS_END[$s]} / 1024 )) MB after the runs;" \
      "the runs ended ${SPAN_S[$s]} s after the facts were read$([ "${SPAN_S[$s]}" -lt "$REFRESH" ] || echo " — MORE than --evaluation-refresh-seconds, so the facts were read again during the runs");" \
      "${AUDITS[$s]} evaluation.read audit entries; ${AUDIT_OK[$s]}."
    echo "  Pages: \`${PATHS[$s,dashboard]}\`, \`${PATHS[$s,compare]}\`, \`${PATHS[$s,open-data]}\`."
  done
  [ -z "$SAME" ] || echo "- $SAME."
} | tee "$OUT/summary.md"
log "results in ${OUT#"$ROOT"/}"
[ "$BAD" = 0 ] || die "some responses were not the page with its figures, or a check failed: the figures are not valid"
exit 0
