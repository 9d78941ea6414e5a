#!/usr/bin/env bash
# Runs every test suite (unit, store contract, integration, browser) through
# CTest and exits non-zero on any failure. CTest's summary line comes last.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
exec ctest --test-dir "$BUILD" --output-on-failure --parallel 2 --timeout 900
