#!/bin/sh
# Golden end-to-end check: `foia analyze` on the evaluation set's dev records must write exactly
# tests/golden/analyze/dev.tags.jsonl. After an intended change to the rules, rewrite it with
#   tests/golden/analyze/check.sh build/foia --update
# and read the diff before committing.
set -eu
foia=${1:-build/foia}
here=$(cd "$(dirname "$0")" && pwd)
records="$here/../../eval/dev/records.jsonl"
if [ "${2:-}" = "--update" ]; then
  "$foia" analyze -q "$records" -o "$here/dev.tags.jsonl"
  exit 0
fi
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$foia" analyze -q "$records" -o "$actual"
diff -u "$here/dev.tags.jsonl" "$actual"
