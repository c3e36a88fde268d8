#!/usr/bin/env bash
# The main job on the committed samples: foia run samples/ --out out/, then a taste of the outputs.
set -euo pipefail
build=${1:-build}
out=${FOIA_DEMO_OUT:-out}
"$build/foia" run samples/ --out "$out"
echo
echo "Every statement by ICE (foia grep):"
"$build/foia" grep '' "$out" --kind optout --agency ICE
