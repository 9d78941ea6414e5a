#!/usr/bin/env bash
# clang-tidy over every livingwell source file, using build/'s compilation
# database. Installs clang-tidy 19 from Debian if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
if ! command -v clang-tidy-19 >/dev/null 2>&1 || ! command -v clang-format >/dev/null 2>&1; then
  SUDO=(); [ "$(id -u)" -ne 0 ] && SUDO=(sudo)
  "${SUDO[@]}" apt-get install -y -q clang-tidy-19 clang-format
fi
# Formatting first: every C++ file must already be as clang-format leaves it.
git ls-files '*.cc' '*.h' | xargs clang-format --dry-run -Werror
# Test files compile in unity batches: each wraps its contents in a
# namespace named after the file (docs/development.md).
unwrapped=0
for f in $(git ls-files '*_test.cc' '*_pgtest.cc'); do
  stem=$(basename "$f" .cc)
  if ! grep -q "^namespace ${stem} {" "$f"; then
    echo "lint: $f: wrap its contents in 'namespace ${stem} {' (docs/development.md)"
    unwrapped=1
  fi
done
[ "$unwrapped" -eq 0 ]
files=$(find src -name '*.cc' ! -name '*_test.cc' | sort)
# shellcheck disable=SC2086
# GCC-only warning flags in the compilation database are not clang's business.
xargs -P 2 -n 4 clang-tidy-19 -p "$BUILD" --quiet --extra-arg=-Wno-unknown-warning-option <<<"$files"
echo "lint: clean"
