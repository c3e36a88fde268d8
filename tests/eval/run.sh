#!/bin/sh
# Scores `foia analyze` on one part of the evaluation set: precision, recall and F1 per tag kind.
#   tests/eval/run.sh dev|heldout [FOIA_BINARY] [--check] [--verbose]
set -eu
part=${1:?usage: run.sh dev|heldout [foia] [--check] [--verbose]}
foia=${2:-build/foia}
shift $(( $# >= 2 ? 2 : 1 ))
here=$(cd "$(dirname "$0")" && pwd)
tags=$(mktemp)
trap 'rm -f "$tags"' EXIT
"$foia" analyze -q "$here/$part/records.jsonl" -o "$tags"
/usr/bin/python3 "$here/score.py" "$tags" "$here/$part/expected.jsonl" "$@"
