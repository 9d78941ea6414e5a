#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suite (tests/pg/README.md).
#
#   cluster.sh start  STATE_FILE   fresh cluster in a new /tmp/lw-pg-* directory
#   cluster.sh stop   STATE_FILE   stop it, delete it and STATE_FILE (exit 0 if already gone)
#   cluster.sh pause  STATE_FILE   stop the server, keep the data
#   cluster.sh resume STATE_FILE   start it again on the same port
#
# STATE_FILE holds one key=value a line: dir, data, socket_dir, port, pid,
# user and url (postgresql://postgres@127.0.0.1:PORT/postgres). CTest runs
# `start` as the setup and `stop` as the cleanup of the `pg_cluster`
# fixture (tests/CMakeLists.txt); tests find the URL through the file named
# by LW_TEST_PG_ENV.
#
# It is for tests only: authentication is `trust` on 127.0.0.1, and
# durability is off (fsync, full_page_writes, synchronous_commit) because a
# crash only loses data nobody wants and it makes start-up and every commit
# much faster.
set -euo pipefail

PG_BIN=${LW_PG_BIN:-/usr/lib/postgresql/15/bin}
# PostgreSQL refuses to run as root; as root the cluster belongs to this user.
PG_RUN_USER=${LW_PG_RUN_USER:-nobody}
# Only directories made by `start` are ever deleted, whatever a state file says.
DIR_PREFIX=/tmp/lw-pg-

die() { echo "cluster.sh: $*" >&2; exit 1; }

usage() { die "usage: cluster.sh start|stop|pause|resume STATE_FILE"; }

# Runs a command as the cluster's owner ($1), from the cluster directory
# ($2) because PostgreSQL's tools fail when they cannot read the current
# directory (root's home is not readable by `nobody`).
as_owner() {
  local user=$1 dir=$2
  shift 2
  if [ "$(id -u)" -ne 0 ]; then
    (cd "$dir" && "$@")
  elif command -v runuser >/dev/null 2>&1; then
    (cd "$dir" && runuser -u "$user" -- "$@")
  elif command -v setpriv >/dev/null 2>&1; then
    (cd "$dir" && setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups -- "$@")
  else
    die "running as root, and neither runuser nor setpriv is installed to drop privileges"
  fi
}

# Reads STATE_FILE into st_* variables. Parsed, not sourced: it is data.
read_state() {
  local file=$1 key value
  st_dir='' st_data='' st_socket_dir='' st_port='' st_pid='' st_user='' st_url=''
  while IFS='=' read -r key value; do
    case $key in
      dir) st_dir=$value ;;
      data) st_data=$value ;;
      socket_dir) st_socket_dir=$value ;;
      port) st_port=$value ;;
      pid) st_pid=$value ;;
      user) st_user=$value ;;
      url) st_url=$value ;;
    esac
  done <"$file"
  case $st_dir in
    "$DIR_PREFIX"*) ;;
    *) die "$file: dir=$st_dir is not a cluster directory made by cluster.sh" ;;
  esac
  case $st_dir in */../* | */..) die "$file: dir=$st_dir is not a plain path" ;; esac
  [ "$st_data" = "$st_dir/data" ] || die "$file: data=$st_data is not inside dir=$st_dir"
}

write_state() {
  local file=$1 tmp
  tmp=$(mktemp "$file.XXXXXX")
  {
    echo "dir=$st_dir"
    echo "data=$st_data"
    echo "socket_dir=$st_socket_dir"
    echo "port=$st_port"
    echo "pid=$st_pid"
    echo "user=$st_user"
    echo "url=$st_url"
  } >"$tmp"
  chmod 644 "$tmp"
  mv -f "$tmp" "$file"
}

# True if $1 is a live process whose command line names the cluster's data
# directory: a recorded pid may since have been reused by something else.
is_our_postmaster() {
  local pid=$1 cmdline
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"$st_data"* ]]
}

port_in_use() {
  command -v ss >/dev/null 2>&1 || return 1  # no ss: starting will tell
  [ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]
}

# Starts the server on st_port; returns 2 if that port was taken (the caller
# may try another), 1 on any other failure.
start_server() {
  local log=$st_dir/server.log logged=0
  if port_in_use "$st_port"; then return 2; fi
  # pg_ctl appends to the log (as the owner); only this attempt's part counts.
  [ ! -e "$log" ] || logged=$(stat -c %s "$log")
  if as_owner "$st_user" "$st_dir" "$PG_BIN/pg_ctl" -D "$st_data" -l "$log" -w -t 60 \
    -o "-p $st_port" start >/dev/null; then
    st_pid=$(head -n 1 "$st_data/postmaster.pid")
    return 0
  fi
  if tail -c +$((logged + 1)) "$log" 2>/dev/null | grep -q "Address already in use"; then
    return 2
  fi
  echo "cluster.sh: the server did not start; its log ($log) says:" >&2
  tail -c +$((logged + 1)) "$log" 2>/dev/null | tail -n 20 >&2
  return 1
}

# Stops whatever STATE_FILE describes and deletes it. Quietly does nothing
# if the file or the cluster is already gone.
remove_cluster() {
  local file=$1
  [ -e "$file" ] || return 0
  read_state "$file"
  if [ -d "$st_data" ]; then
    as_owner "${st_user:-$PG_RUN_USER}" "$st_dir" "$PG_BIN/pg_ctl" -D "$st_data" \
      stop -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
  # pg_ctl cannot stop a server whose data directory was deleted under it,
  # nor one whose postmaster.pid is gone: signal the recorded pid instead.
  if is_our_postmaster "$st_pid"; then
    kill -QUIT "$st_pid" 2>/dev/null || true  # immediate shutdown
    for _ in $(seq 50); do is_our_postmaster "$st_pid" || break; sleep 0.1; done
    if is_our_postmaster "$st_pid"; then kill -KILL "$st_pid" 2>/dev/null || true; fi
  fi
  rm -rf -- "$st_dir"
  rm -f -- "$file"
  [ ! -e "$st_dir" ] || die "could not delete $st_dir"
}

cmd_start() {
  local file=$1 started=${EPOCHREALTIME/./}
  remove_cluster "$file"
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 is not installed ($PG_BIN/initdb): run scripts/setup.sh"

  st_dir=$(mktemp -d "${DIR_PREFIX}XXXXXXXX")
  st_data=$st_dir/data
  st_socket_dir=$st_dir/socket
  st_user=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then st_user=$PG_RUN_USER; fi
  st_port='' st_pid='' st_url=''
  # Record the directory at once, so a run killed from here on is cleaned
  # up by the next `start` or by `stop`.
  write_state "$file"

  # World-traversable so the unprivileged owner (and a test running as
  # another user) can reach the socket; the data directory itself stays 0700.
  chmod 755 "$st_dir"
  mkdir -m 755 "$st_socket_dir"
  if [ "$(id -u)" -eq 0 ]; then chown "$st_user:" "$st_dir" "$st_socket_dir"; fi

  # C.UTF-8 collates by code point, which for UTF-8 is byte order: the same
  # as SQLite's BINARY collation, so both stores list in the same order.
  if ! as_owner "$st_user" "$st_dir" "$PG_BIN/initdb" -D "$st_data" --auth=trust -U postgres \
    -E UTF8 --locale=C.UTF-8 --no-sync --no-instructions >"$st_dir/initdb.log" 2>&1; then
    cat "$st_dir/initdb.log" >&2
    die "initdb failed"
  fi
  cat >>"$st_data/postgresql.conf" <<EOF

# Added by tests/pg/cluster.sh: a disposable test cluster.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$st_socket_dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
shared_buffers = 32MB
EOF

  # A random port, not a fixed one, so two build directories (or two
  # people) on one machine do not collide; retried when it is taken.
  local attempt rc
  for attempt in $(seq 30); do
    st_port=$((20000 + ((RANDOM << 15) | RANDOM) % 40000))
    rc=0
    start_server || rc=$?
    [ "$rc" -eq 2 ] && continue
    [ "$rc" -eq 0 ] || die "could not start PostgreSQL (see $st_dir until \`stop\` removes it)"
    break
  done
  [ "$rc" -eq 0 ] || die "no free port found in $attempt attempts"
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$st_port" -t 30 || die "the server is not accepting connections"

  st_url="postgresql://postgres@127.0.0.1:$st_port/postgres"
  write_state "$file"
  local ms=$(((${EPOCHREALTIME/./} - started) / 1000))
  echo "PostgreSQL test cluster at $st_url (data in $st_dir, pid $st_pid, started in $ms ms)"
}

cmd_stop() {
  local file=$1
  if [ ! -e "$file" ]; then
    echo "PostgreSQL test cluster: nothing to stop ($file does not exist)"
    return 0
  fi
  read_state "$file"
  local dir=$st_dir
  remove_cluster "$file"
  echo "PostgreSQL test cluster stopped and $dir deleted"
}

cmd_pause() {
  local file=$1
  [ -e "$file" ] || die "$file does not exist: no cluster to pause"
  read_state "$file"
  as_owner "$st_user" "$st_dir" "$PG_BIN/pg_ctl" -D "$st_data" stop -m fast -w -t 60 >/dev/null
  echo "PostgreSQL test cluster paused (port $st_port)"
}

cmd_resume() {
  local file=$1 rc=0
  [ -e "$file" ] || die "$file does not exist: no cluster to resume"
  read_state "$file"
  start_server || rc=$?
  [ "$rc" -ne 2 ] || die "port $st_port was taken while the cluster was paused"
  [ "$rc" -eq 0 ] || die "could not restart PostgreSQL"
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$st_port" -t 30 || die "the server is not accepting connections"
  write_state "$file"
  echo "PostgreSQL test cluster resumed at $st_url"
}

[ $# -eq 2 ] || usage
case $1 in
  start) cmd_start "$2" ;;
  stop) cmd_stop "$2" ;;
  pause) cmd_pause "$2" ;;
  resume) cmd_resume "$2" ;;
  *) usage ;;
esac
