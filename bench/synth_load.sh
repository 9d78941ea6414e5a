#!/usr/bin/env bash
# Times `livingwell generate --scale S --load` into a fresh SQLite store
# (issue 8's goals: gm under 2 minutes, national under 15, memory under
# 1 GB), with GNU time for the peak resident set, and checks afterwards that
# the store has every index back and nothing left put off (ADR 0018).
#
#   bench/synth_load.sh                         # gm, with build-release
#   bench/synth_load.sh build-release national  # about 9 minutes and 18 GB of disk
#   SCALES="gm national" bench/synth_load.sh
#
# Each run's store is made in a mktemp directory on the same disk as /tmp
# and removed afterwards. Results: bench/results/<UTC timestamp>-synth/.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build-release}
SCALES=${SCALES:-${2:-gm}}
SEED=${SEED:-1}
TIMEOUT=${TIMEOUT:-1800}  # seconds per scale, at most

need=()
command -v /usr/bin/time >/dev/null || need+=(time)
command -v sqlite3 >/dev/null || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=(); [ "$(id -u)" -ne 0 ] && SUDO=(sudo)
  "${SUDO[@]}" apt-get install -y -q "${need[@]}"
fi
if [ ! -x "$BUILD_DIR/livingwell" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" \
    -DLW_BUILD_TESTS=OFF >/dev/null
  cmake --build "$BUILD_DIR" --target livingwell
fi

out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-synth"
mkdir -p "$out"
for scale in $SCALES; do
  data=$(mktemp -d)
  trap 'rm -rf "$data"' EXIT
  echo "== $scale (seed $SEED) into $data"
  timeout "$TIMEOUT" /usr/bin/time -v "$BUILD_DIR/livingwell" --data "$data" generate \
    --scale "$scale" --seed "$SEED" --load >"$out/$scale.log" 2>&1
  grep -E "^stored|Elapsed \(wall clock\)|Maximum resident set size" "$out/$scale.log"
  du -sh "$data" | awk '{print "store on disk: " $1}'
  indexes=$(sqlite3 "$data/livingwell.db" "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index'")
  deferred=$(sqlite3 "$data/livingwell.db" "SELECT COUNT(*) FROM deferred_indexes")
  echo "indexes: $indexes; still put off: $deferred"
  if [ "$deferred" != "0" ]; then
    echo "synth_load: indexes were left put off" >&2
    exit 1
  fi
  rm -rf "$data"
  trap - EXIT
done
echo "results in $out"
