#!/usr/bin/env bash
# The same HTTP load against livingwell on SQLite and on PostgreSQL, in one run.
#
#   bench/store_load.sh [BUILD_DIR]          (default BUILD_DIR=build-release)
#
# Environment: DUR (seconds per wrk run, 10; at most 15), REPS (rounds, 2),
# WARMUP (seconds of discarded load per store and load before round 1, 2; 0
# skips), CONN (wrk connections, 16), THREADS (wrk threads, 2), LW_THREADS
# (livingwell --threads, 2), PEOPLE (people created for the read load, 20),
# REBUILD=1 (run `cmake --build` even when the binary exists),
# CMAKE_EXTRA_ARGS (added when configuring a missing build dir).
#
# PostgreSQL is a fresh PostgreSQL 15 cluster made for the run (initdb into a
# mktemp directory under /tmp, owned by `nobody` when run as root), with the
# durable defaults stated explicitly: fsync, synchronous_commit and
# full_page_writes on. SQLite is the server's own store (WAL,
# synchronous=FULL) in a fresh temp directory on the same filesystem.
#
# Everything listens on 127.0.0.1 only; every load is bounded by wrk -d; the
# EXIT trap stops both servers (SIGTERM) and the cluster (pg_ctl stop, then the
# postmaster's pid) and removes the temporary directories, however the script
# exits. Results go to bench/results/<UTC timestamp>-store/.
# See bench/README.md and docs/performance.md.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"

BUILD_DIR="${1:-build-release}"
DUR="${DUR:-10}"; REPS="${REPS:-2}"; WARMUP="${WARMUP:-2}"
CONN="${CONN:-16}"; THREADS="${THREADS:-2}"; LW_THREADS="${LW_THREADS:-2}"
PEOPLE="${PEOPLE:-20}"
CMAKE_EXTRA_ARGS="${CMAKE_EXTRA_ARGS-}"
PG_BIN="${LW_PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_RUN_USER="${LW_PG_RUN_USER:-nobody}"
START_TIMEOUT_S=60

log() { printf '[store_load] %s\n' "$*" >&2; }
die() { printf '[store_load] ERROR: %s\n' "$*" >&2; exit 2; }

int_in() { # NAME MIN MAX: the variable NAME is a whole number from MIN to MAX
  local v="${!1}"
  if ! [[ "$v" =~ ^[0-9]+$ ]] || [ "$v" -lt "$2" ] || [ "$v" -gt "$3" ]; then die "$1 must be $2 to $3"; fi
}
# Every load is bounded: at most 15 s per wrk run.
int_in DUR 1 15; int_in WARMUP 0 15; int_in REPS 1 20; int_in PEOPLE 1 1000
int_in CONN 1 1000; int_in THREADS 1 64; int_in LW_THREADS 1 64

# --- 1. tools -----------------------------------------------------------------
need=()
for pkg in wrk curl; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
[ -x "$PG_BIN/initdb" ] || need+=(postgresql-15)
command -v psql >/dev/null || need+=(postgresql-client-15)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  log "installing ${need[*]}"
  SUDO=(); [ "$(id -u)" -eq 0 ] || SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
    "${need[@]}" >/dev/null
fi
[ -x "$PG_BIN/initdb" ] || die "no $PG_BIN/initdb after installing postgresql-15"
if [ "$(id -u)" -eq 0 ] && ! command -v runuser >/dev/null; then
  die "running as root and runuser is missing (PostgreSQL refuses to run as root)"
fi

# --- 2. release build ---------------------------------------------------------
BIN="$BUILD_DIR/livingwell"
# (grep on a captured string: `--help | grep -q` fails under pipefail when grep exits early.)
has_database_option() { local h; h="$("$BIN" --help 2>/dev/null || true)"; [[ "$h" == *--database* ]]; }
if [ ! -x "$BIN" ]; then
  log "no $BIN: configuring and building a Release build in $BUILD_DIR"
  # shellcheck disable=SC2086  # CMAKE_EXTRA_ARGS is a word list on purpose
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLW_BUILD_TESTS=OFF \
    $CMAKE_EXTRA_ARGS
  cmake --build "$BUILD_DIR"
elif [ "${REBUILD:-0}" = 1 ] || ! has_database_option; then
  log "building $BUILD_DIR (REBUILD=1, or its livingwell has no --database option)"
  cmake --build "$BUILD_DIR"
fi
[ -x "$BIN" ] || die "$BIN was not built"
has_database_option || die "$BIN has no --database option"
BUILD_TYPE="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)"
[ "$BUILD_TYPE" = Release ] || log "WARNING: $BUILD_DIR is a '${BUILD_TYPE:-unknown}' build, not Release"

# --- scratch space and cleanup ------------------------------------------------
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$HERE/results/$STAMP-store"
RAW="$OUT/wrk"
mkdir -p "$RAW"
TMP="$(mktemp -d /tmp/lw-store-load.XXXXXX)"
PGDIR=""; PG_PID=""; PG_OWNER=""
declare -A LW_PID=()

# shellcheck disable=SC2317  # stop_pid, as_owner and is_our_postmaster serve the EXIT trap too
stop_pid() { # pid signal: signal it, wait up to 15 s, then SIGKILL
  local pid="$1" sig="$2" i
  kill -0 "$pid" 2>/dev/null || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for i in $(seq 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  log "pid $pid ignored SIG$sig for 15 s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}
# Runs a command as the cluster's owner, from the cluster directory (PostgreSQL's
# tools fail when they cannot read the current directory, e.g. root's home).
as_owner() {
  if [ "$(id -u)" -ne 0 ]; then (cd "$PGDIR" && "$@"); else (cd "$PGDIR" && runuser -u "$PG_OWNER" -- "$@"); fi
}
# shellcheck disable=SC2317  # invoked by the EXIT trap
# True if $1 is alive and its command line names our data directory (not a reused pid).
is_our_postmaster() {
  [ -n "$1" ] && [ -r "/proc/$1/cmdline" ] || return 1
  [[ "$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" == *"$PGDIR/data"* ]]
}
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  local rc=$? s
  set +e
  for s in "${!LW_PID[@]}"; do stop_pid "${LW_PID[$s]}" TERM; done
  if [ -n "$PGDIR" ] && [ -d "$PGDIR/data" ]; then
    [ -f "$PGDIR/server.log" ] && cp "$PGDIR/server.log" "$OUT/postgresql.log" 2>/dev/null
    as_owner "$PG_BIN/pg_ctl" -D "$PGDIR/data" stop -m fast -w -t 30 >/dev/null 2>&1
    if is_our_postmaster "$PG_PID"; then
      kill -QUIT "$PG_PID" 2>/dev/null
      for _ in $(seq 50); do is_our_postmaster "$PG_PID" || break; sleep 0.1; done
      is_our_postmaster "$PG_PID" && kill -KILL "$PG_PID" 2>/dev/null
    fi
  fi
  wait 2>/dev/null
  [ -n "$PGDIR" ] && rm -rf -- "$PGDIR"
  rm -rf -- "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- 3. PostgreSQL 15, durable ------------------------------------------------
PGDIR="$(mktemp -d /tmp/lw-store-load-pg.XXXXXX)"
PG_OWNER="$(id -un)"; [ "$(id -u)" -eq 0 ] && PG_OWNER="$PG_RUN_USER"
chmod 755 "$PGDIR"
mkdir -m 755 "$PGDIR/socket"
[ "$(id -u)" -eq 0 ] && chown "$PG_OWNER:" "$PGDIR" "$PGDIR/socket"
log "initdb in $PGDIR (as $PG_OWNER)"
# C.UTF-8 as in tests/pg/cluster.sh (byte order, like SQLite's BINARY collation).
as_owner "$PG_BIN/initdb" -D "$PGDIR/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 \
  --no-instructions > "$PGDIR/initdb.log" 2>&1 || { cat "$PGDIR/initdb.log" >&2; die "initdb failed"; }
PG_PORT=""
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
"${PSQL[@]}" -d postgres -c "CREATE DATABASE livingwell_bench"
PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/livingwell_bench"
"${PSQL[@]}" -d postgres -At -F ' = ' -c "SELECT name, current_setting(name) FROM pg_settings
  WHERE name IN ('server_version', 'fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method',
  'wal_level', 'shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'default_transaction_isolation',
  'max_connections', 'listen_addresses') ORDER BY name" > "$OUT/postgresql-settings.txt"
for want in 'fsync = on' 'synchronous_commit = on' 'full_page_writes = on'; do
  grep -qx "$want" "$OUT/postgresql-settings.txt" || die "PostgreSQL is not running with $want"
done
log "PostgreSQL $(sed -n 's/^server_version = //p' "$OUT/postgresql-settings.txt") at 127.0.0.1:$PG_PORT, fsync/synchronous_commit/full_page_writes on"

# --- 4. one livingwell per store ----------------------------------------------
STORES=(sqlite postgresql)
declare -A STORE_ARGS=(
  [sqlite]="--data $TMP/sqlite/data"
  [postgresql]="--database $PG_URL --data $TMP/postgresql/data"
)
declare -A URL TOKEN IDS
for s in "${STORES[@]}"; do
  mkdir -p "$TMP/$s"
  read -r -a args <<<"${STORE_ARGS[$s]}"
  log "$s: demo data and a token for practitioner"
  "$BIN" demo "${args[@]}" > "$TMP/$s/demo.log" 2>&1 || { cat "$TMP/$s/demo.log" >&2; die "$s: demo failed"; }
  TOKEN[$s]="$("$BIN" token create --user practitioner --label store-load "${args[@]}" 2>"$TMP/$s/token.err" | tail -1)"
  [[ "${TOKEN[$s]}" =~ ^[A-Za-z0-9_-]{20,}$ ]] || { cat "$TMP/$s/token.err" >&2; die "$s: no token printed"; }
  "$BIN" serve --bind 127.0.0.1 --port 0 --threads "$LW_THREADS" "${args[@]}" \
    > "$TMP/$s/stdout.log" 2> "$TMP/$s/stderr.log" &
  LW_PID[$s]=$!
  line=""
  for _ in $(seq $((START_TIMEOUT_S * 20))); do
    line="$(grep -m1 '"event":"listening"' "$TMP/$s/stdout.log" 2>/dev/null || true)"
    [ -n "$line" ] && break
    kill -0 "${LW_PID[$s]}" 2>/dev/null || { cat "$TMP/$s/stderr.log" >&2; die "$s: livingwell exited before listening"; }
    sleep 0.05
  done
  [ -n "$line" ] || die "$s: livingwell did not log \"listening\" within ${START_TIMEOUT_S}s"
  grep -q "\"store\":\"$s\"" <<<"$line" || die "$s: the server says it is not on $s: $line"
  URL[$s]="$(sed -E 's/.*"url":"([^"]*)".*/\1/' <<<"$line")"
  code="$(curl -sS -o /dev/null -w '%{http_code}' "${URL[$s]}/readyz")"
  [ "$code" = 200 ] || die "$s: /readyz answered $code"
  code="$(curl -sS -o "$TMP/$s/me.json" -w '%{http_code}' -H "Authorization: Bearer ${TOKEN[$s]}" "${URL[$s]}/api/v1/me")"
  if [ "$code" != 200 ] || ! grep -q '"username":"practitioner"' "$TMP/$s/me.json"; then
    die "$s: /api/v1/me answered $code"
  fi
  ids=()
  for i in $(seq "$PEOPLE"); do
    body="{\"given_name\":\"Reader$i\",\"family_name\":\"Bench\",\"postcode\":\"ML1 2AB\",\"reason\":\"Introduced by GP\"}"
    resp="$(curl -sS -w '\n%{http_code}' -X POST -H "Authorization: Bearer ${TOKEN[$s]}" \
      -H 'Content-Type: application/json' --data "$body" "${URL[$s]}/api/v1/people")"
    [ "$(tail -1 <<<"$resp")" = 201 ] || die "$s: creating a person answered $(tail -1 <<<"$resp")"
    ids+=("$(head -1 <<<"$resp" | sed -E 's/.*"id":"([^"]*)".*/\1/')")
  done
  IDS[$s]="$(IFS=,; echo "${ids[*]}")"
  code="$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${TOKEN[$s]}" "${URL[$s]}/api/v1/people/${ids[0]}")"
  [ "$code" = 200 ] || die "$s: reading a person answered $code"
  log "$s: serving at ${URL[$s]}, $PEOPLE people created for the read load"
done

# --- 5. measure ---------------------------------------------------------------
# name|path|wrk script (may be empty)
LOADS=(
  "GET /api/v1/me|/api/v1/me|"
  "GET /api/v1/people/{id}|/api/v1/people/|$HERE/store_load_read_person.lua"
  "POST /api/v1/people|/api/v1/people|$HERE/store_load_create_person.lua"
)
slug() { tr -c 'a-zA-Z0-9\n' '_' <<<"$1" | sed -E 's/_+/_/g; s/^_|_$//g'; }
ms() { # wrk duration (850.00us, 1.05ms, 1.20s, 2.00m) -> milliseconds
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
    if (f < 0) { print "nan"; exit 1 } printf "%.3f", n * f }'
}
# fdatasync()s per second on the stores' filesystem just before a run: 100 x (8 kB write at
# the same offset + fdatasync) in $TMP. Durable commits on both stores wait for one, so this
# is the context for the write figures (it varies with other I/O on a shared machine).
fsync_probe() {
  python3 - "$TMP/fsync-probe" <<'PY'
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
PY
}
size_of() { stat -c %s "$1" 2>/dev/null || echo 0; }
# status:count pairs of livingwell's access-log lines after byte offset $2 of log $1, e.g. "201:812 503:4"
statuses() {
  tail -c +$(($2 + 1)) "$1" | grep '"event":"request"' | sed -nE 's/.*"status":([0-9]+).*/\1/p' |
    sort | uniq -c | awk '{printf "%s%s:%s", (NR > 1 ? " " : ""), $2, $1}'
}
run_wrk() { # store load-line seconds outfile
  local s="$1" name path script args
  IFS='|' read -r name path script <<<"$2"
  args=(-t"$THREADS" -c"$CONN" -d"$3s" --latency -H "Authorization: Bearer ${TOKEN[$s]}")
  [ -n "$script" ] && args+=(-s "$script")
  LW_PERSON_IDS="${IDS[$s]}" wrk "${args[@]}" "${URL[$s]}$path" > "$4" 2>&1 || die "wrk failed on $s $name (see $4)"
}

LOAD1="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$LOAD1" -v n="$(nproc)" 'BEGIN {exit !(l > n / 4)}'; then
  log "WARNING: load average $LOAD1 on $(nproc) cores: something else is running; figures will be noisy"
fi
{
  date -u +%FT%TZ
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/started.txt"
if [ "$WARMUP" != 0 ]; then
  log "warm-up: ${WARMUP}s per store and load (discarded)"
  for l in "${LOADS[@]}"; do
    for s in "${STORES[@]}"; do run_wrk "$s" "$l" "$WARMUP" "$RAW/warmup.$s.$(slug "${l%%|*}").txt"; done
  done
fi
printf 'load\trep\tstore\trps\tp50_ms\tp99_ms\trequests\tnon2xx\tsocket_errors\tpg_serialization_failures\tok_rps\tstatuses\tloadavg_1m\tfdatasync_per_s\n' > "$OUT/runs.tsv"
BAD=0
for rep in $(seq "$REPS"); do
  # Alternate which store goes first, so neither always runs on a "fresher" machine.
  order=("${STORES[@]}"); [ $((rep % 2)) = 0 ] && order=(postgresql sqlite)
  for l in "${LOADS[@]}"; do
    name="${l%%|*}"
    for s in "${order[@]}"; do
      f="$RAW/$s.$(slug "$name").$rep.txt"
      log "round $rep/$REPS: $s $name (${DUR}s)"
      fsyncs="$(fsync_probe)"
      before="$(size_of "$PGDIR/server.log")"; lw_before="$(size_of "$TMP/$s/stdout.log")"
      run_wrk "$s" "$l" "$DUR" "$f"
      sleep 0.5  # let requests cut off by wrk's deadline finish and be logged
      serfail="$(tail -c +$((before + 1)) "$PGDIR/server.log" | grep -c -E 'could not serialize access|deadlock detected' || true)"
      st="$(statuses "$TMP/$s/stdout.log" "$lw_before")"
      [ "$s" = postgresql ] || serfail="-"
      rps="$(awk '/^Requests\/sec:/ {print $2}' "$f")"
      reqs="$(awk '/requests in/ {print $1}' "$f")"
      p50="$(ms "$(awk '$1 == "50%" && NF == 2 {print $2}' "$f")")"
      p99="$(ms "$(awk '$1 == "99%" && NF == 2 {print $2}' "$f")")"
      non2xx="$(awk -F: '/Non-2xx or 3xx responses/ {gsub(/ /, "", $2); print $2}' "$f")"
      sockerr="$(awk '/Socket errors:/ {s = 0; for (i = 3; i <= NF; i += 2) s += $(i + 1) + 0; print s}' "$f")"
      [ -n "$rps" ] || die "could not read Requests/sec from $f"
      non2xx="${non2xx:-0}"; sockerr="${sockerr:-0}"
      # 503 is the store saying no (on PostgreSQL: a transaction that hit a serialization
      # failure on all of its attempts): a result, counted. Any other status is a broken run.
      for pair in $st; do
        case "${pair%%:*}" in 200 | 201 | 503) ;; *) log "ERROR: $s $name round $rep: status ${pair%%:*} (${pair#*:}x)"; BAD=1 ;; esac
      done
      [ "$non2xx" = 0 ] || log "$s $name round $rep: $non2xx non-2xx responses (livingwell logged: $st)"
      okrps="$(awk -v r="$rps" -v n="$reqs" -v b="$non2xx" 'BEGIN {printf "%.2f", (n > 0) ? r * (n - b) / n : 0}')"
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rep" "$s" "$rps" "$p50" "$p99" "$reqs" \
        "$non2xx" "$sockerr" "$serfail" "$okrps" "$st" "$(cut -d' ' -f1 /proc/loadavg)" "$fsyncs" >> "$OUT/runs.tsv"
    done
  done
done

# --- 6. after the load: the audit chains, sizes, checkpoints ------------------
for s in "${STORES[@]}"; do
  read -r -a args <<<"${STORE_ARGS[$s]}"
  "$BIN" audit verify "${args[@]}" > "$TMP/$s/audit.txt" 2>&1 || { cat "$TMP/$s/audit.txt" >&2; die "$s: audit verify failed"; }
done
SQLITE_BYTES="$(du -cb "$TMP/sqlite/data"/livingwell.db* | tail -1 | cut -f1)"
PG_BYTES="$("${PSQL[@]}" -d postgres -At -c "SELECT pg_database_size('livingwell_bench')")"
PG_CHECKPOINTS="$("${PSQL[@]}" -d postgres -At -F ' ' -c "SELECT checkpoints_timed, checkpoints_req FROM pg_stat_bgwriter")"

# --- 7. report ----------------------------------------------------------------
cell() { # load rep store column -> value
  awk -F'\t' -v l="$1" -v r="$2" -v s="$3" -v c="$4" 'NR > 1 && $1 == l && $2 == r && $3 == s {print $c}' "$OUT/runs.tsv"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }
{
  echo "## livingwell on SQLite and on PostgreSQL, $STAMP"
  echo
  echo "wrk -t$THREADS -c$CONN -d${DUR}s --latency per run, bearer token of the demo practitioner;"
  echo "livingwell serve --threads $LW_THREADS, one server per store, both on 127.0.0.1; $REPS round(s),"
  echo "stores alternating within each round (round 1 SQLite first, round 2 PostgreSQL first, ...)."
  echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);"
  echo "wrk, livingwell and PostgreSQL share the cores. $(tail -1 "$OUT/started.txt")."
  srcdir="$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)"
  if [ "$(realpath "${srcdir:-.}" 2>/dev/null)" = "$ROOT" ]; then
    newer="$(find "$ROOT/src" -type f -newer "$BIN" 2>/dev/null | wc -l)"
    from="checkout at commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$([ "$newer" = 0 ] || echo ", $newer files in src/ newer than the binary")"
  else
    from="sources in ${srcdir:-?}"
  fi
  echo "Build: $BUILD_DIR ($BUILD_TYPE), binary built $(date -u -r "$BIN" +%FT%TZ) from the $from."
  echo "SQLite: WAL, synchronous=FULL, in $(findmnt -n -o FSTYPE -T "$TMP") under /tmp. PostgreSQL $(sed -n 's/^server_version = //p' "$OUT/postgresql-settings.txt"):"
  echo "fsync on, synchronous_commit on, full_page_writes on, wal_sync_method $(sed -n 's/^wal_sync_method = //p' "$OUT/postgresql-settings.txt"), shared_buffers $(sed -n 's/^shared_buffers = //p' "$OUT/postgresql-settings.txt"), same filesystem; livingwell connects over TCP to 127.0.0.1."
  echo
  echo "| load | round | SQLite ok/s | PostgreSQL ok/s | PG/SQLite | SQLite p50 / p99 ms | PostgreSQL p50 / p99 ms | 503s (SQLite, PG) | PG serialization failures | fdatasync/s before (SQLite, PG) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for l in "${LOADS[@]}"; do
    name="${l%%|*}"
    for rep in $(seq "$REPS"); do
      a="$(cell "$name" "$rep" sqlite 11)"; b="$(cell "$name" "$rep" postgresql 11)"
      printf '| %s | %s | %.0f | %.0f | %s | %.2f / %.2f | %.2f / %.2f | %s, %s | %s | %s, %s |\n' "$name" "$rep" "$a" "$b" "$(ratio "$b" "$a")" \
        "$(cell "$name" "$rep" sqlite 5)" "$(cell "$name" "$rep" sqlite 6)" \
        "$(cell "$name" "$rep" postgresql 5)" "$(cell "$name" "$rep" postgresql 6)" \
        "$(cell "$name" "$rep" sqlite 8)" "$(cell "$name" "$rep" postgresql 8)" "$(cell "$name" "$rep" postgresql 10)" \
        "$(cell "$name" "$rep" sqlite 14)" "$(cell "$name" "$rep" postgresql 14)"
    done
  done
  echo
  echo "ok/s: successful (2xx) responses per second (wrk's Requests/sec less the non-2xx share; raw"
  echo "figures in runs.tsv). PG/SQLite: PostgreSQL's ok/s over SQLite's in the same round. p50/p99: wrk's"
  echo "latency distribution over all responses. 503s: the store refused (on PostgreSQL, a transaction that"
  echo "failed to serialize on all 12 attempts). PG serialization failures: \"could not serialize access\""
  echo "and \"deadlock detected\" errors in PostgreSQL's log during the run; livingwell runs each such"
  echo "transaction again after a short random back-off, so most cost time, not a failed request."
  echo "fdatasync/s before: 100 8 kB write+fdatasync pairs timed on the same filesystem just before the run."
  echo
  echo "1-minute load average at the end of each run: $(awk -F'\t' 'NR > 1 {print $13}' "$OUT/runs.tsv" | sort -g | sed -n '1p;$p' | paste -sd '-' | sed 's/-/ to /') (the benchmark's own"
  echo "wrk, livingwell and PostgreSQL threads count in it too)."
  echo
  echo "After the load:"
  echo "- SQLite: $(grep -m1 'audit log' "$TMP/sqlite/audit.txt"); store $(awk -v b="$SQLITE_BYTES" 'BEGIN {printf "%.1f", b/1048576}') MB (db + WAL)"
  echo "- PostgreSQL: $(grep -m1 'audit log' "$TMP/postgresql/audit.txt"); database $(awk -v b="$PG_BYTES" 'BEGIN {printf "%.1f", b/1048576}') MB; checkpoints (timed, requested): $PG_CHECKPOINTS"
} | tee "$OUT/summary.md"
for s in "${STORES[@]}"; do
  grep -v '"event":"request"' "$TMP/$s/stdout.log" > "$OUT/livingwell-$s.log" || true
  cp "$TMP/$s/stderr.log" "$OUT/livingwell-$s.stderr.log"
  cp "$TMP/$s/audit.txt" "$OUT/audit-verify-$s.txt"
done
log "results in ${OUT#"$ROOT"/}"
[ "$BAD" = 0 ] || die "some runs had responses other than 200, 201 or 503: those figures are not valid"
exit 0
