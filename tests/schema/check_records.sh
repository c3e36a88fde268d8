#!/usr/bin/env bash
# Ingests samples/ plus broken inputs and validates every record against the records schema.
set -euo pipefail
foia=$1 python=$2 work=$3
rm -rf "$work" && mkdir -p "$work/in"
cp samples/*.pdf "$work/in/"
: > "$work/in/empty.pdf"
echo "not a pdf" > "$work/in/text.pdf"
head -c 700 samples/01-ice-memo-2010-08-17.pdf > "$work/in/truncated.pdf"
status=0
"$foia" ingest "$work/in" -o "$work/records.jsonl" -q || status=$?
[ "$status" -eq 3 ] || { echo "expected exit status 3 (some inputs failed), got $status"; exit 1; }
"$python" tests/schema/validate.py docs/schemas/records.schema.json "$work/records.jsonl"
