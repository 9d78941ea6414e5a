#!/usr/bin/env bash
# Installs everything livingwell needs on Debian 12, idempotently.
# Run as root or through sudo. When everything is already there it only
# checks, and finishes in a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."

# C++ toolchain and libraries (docs/dependencies.md says why each is here),
# Node.js for front-end assets and browser tests, Chromium for those tests,
# PostgreSQL 15 for the tests' throwaway cluster (tests/pg/cluster.sh).
#
# Installing postgresql-15 also creates Debian's default "main" cluster and
# asks the init system to start it. The tests never use it. Without systemd
# (a container) invoke-rc.d cannot tell the runlevel, or policy-rc.d
# forbids it, and the server is simply not started: the install still
# succeeds, so nothing here needs to stop or remove it.
PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev sqlite3 libsodium-dev libcli11-dev libtomlplusplus-dev libpq-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  postgresql-15 postgresql-client-15
  chromium fonts-liberation poppler-utils
)

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
    echo "setup: run as root or install sudo" >&2; exit 1; fi
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node.js: Debian's nodejs and npm unless a node is already installed (a
# NodeSource node carries its own npm and conflicts with Debian's npm).
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Front-end assets and browser-test libraries, exactly as locked.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.livingwell-lock-sha256
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  echo "setup: installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > "$stamp"
fi
