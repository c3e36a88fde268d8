#!/bin/sh
# Golden end-to-end check: `foia run samples/` must write exactly tests/golden/run/summary.json
# (every statement, timeline entry and inconsistency, with its quote and Bates stamp), the same
# with one worker as with four. After an intended change, rewrite it with
#   tests/golden/run/check.sh build/foia --update
# and read the diff before committing. Run from the repository root.
set -eu
foia=${1:-build/foia}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$foia" run samples/ --out "$work/one" --jobs 1 --no-cache -q
if [ "${2:-}" = "--update" ]; then
  cp "$work/one/summary.json" "$here/summary.json"
  exit 0
fi
diff -u "$here/summary.json" "$work/one/summary.json"
"$foia" run samples/ --out "$work/four" --jobs 4 --no-cache -q
for file in records.jsonl tags.jsonl summary.json; do
  cmp "$work/one/$file" "$work/four/$file"
done
