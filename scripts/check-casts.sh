#!/usr/bin/env bash
# Fails when production code escapes the type checker with `as unknown as` or `as never` (issue 9):
# the same search as `grep -rnE "as unknown as|as never" server/src client`, minus test files.
# Usage: npm run check:casts   (exit 0: none found; exit 1: each hit is printed as file:line: text)
set -uo pipefail
cd "$(dirname "$0")/.."

hits=$(grep -rnE 'as unknown as|as never' server/src client \
  | grep -vE '(^|/)(test|tests|__tests__)/|\.(test|spec)\.[cm]?[jt]sx?:')
status=$?
# grep -v exits 1 when it prints nothing: that is the passing case
if [ "$status" -gt 1 ]; then echo "check-casts: grep failed" >&2; exit 2; fi
if [ -n "$hits" ]; then
  echo "$hits"
  echo "check-casts: $(printf '%s\n' "$hits" | wc -l) cast(s) through 'as unknown as' or 'as never' outside tests; type the value instead." >&2
  exit 1
fi
echo "check-casts: no 'as unknown as' or 'as never' in server/src or client (tests excluded)"
