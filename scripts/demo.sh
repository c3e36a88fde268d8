#!/usr/bin/env bash
# Runs foia on the committed samples and shows what it found.
set -euo pipefail
build=${1:-build}
out=$(mktemp -d)
"$build/foia" ingest samples/ -o "$out/records.jsonl"
echo "records: $out/records.jsonl"
head -c 600 "$out/records.jsonl"; echo
