#!/usr/bin/env bash
# Scans at their own resolution: the bench text PDFs rasterised at 150, 200 and 400 dpi into
# image-only PDFs (bench/scan_pdf.py), then `foia ingest` on each set with --own-dpi (a page that
# is one scan is OCR'd at the scan's resolution) and as shipped (every page at --dpi 300).
# Prints wall and CPU seconds (CPU: all processes, steadier than wall on a shared machine) and the
# character error rate against the text twin's own text layer, as
# bench/run.sh measures it. Asserts nothing.
#
# usage: bench/scan_dpi.sh [BUILD_DIR]
#   BENCH_PAGES (default 20)   pages per set
#   BENCH_SCAN_DPIS ("150 200 400")  resolutions the scans are made at
#   BENCH_DIR (a temp folder)  where the scans and outputs go
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
pages=${BENCH_PAGES:-20}
work=${BENCH_DIR:-$(mktemp -d /tmp/foia-scan-dpi.XXXXXX)}
foia="$build/foia"
python=/usr/bin/python3
[ -x "$foia" ] && [ -x "$build/make_samples" ] || { echo "bench: build first (make build)"; exit 1; }

echo "# foia scan resolution, $(date -u +%Y-%m-%d), $(nproc) cores, $pages pages per set"
mkdir -p "$work/text"
"$build/make_samples" --bench "$pages" "$work/text" >/dev/null
rm -f "$work"/text/bench-scan-*.pdf
c++ -O2 -std=c++20 -o "$work/cer" bench/cer.cpp

for dpi in ${BENCH_SCAN_DPIS:-150 200 400}; do
  mkdir -p "$work/scan-$dpi" "$work/pgm"
  for twin in "$work"/text/*.pdf; do
    name=$(basename "$twin" .pdf)
    rm -f "$work"/pgm/*.pgm
    pdftoppm -r "$dpi" -gray "$twin" "$work/pgm/p"
    "$python" bench/scan_pdf.py "$dpi" "$work/scan-$dpi/${name/text/scan}.pdf" "$work"/pgm/p-*.pgm
  done
done

# cer_of RECORDS SCAN_FOLDER: "EDITS CHARS" over every page against its text twin.
cer_of() {
  local records=$1 folder=$2 edits=0 chars=0 e c
  for scan in "$folder"/*.pdf; do
    local name twin count
    name=$(basename "$scan" .pdf)
    twin="$work/text/${name/scan/text}.pdf"
    count=$(pdfinfo "$twin" | awk '/^Pages:/ {print $2}')
    for ((page = 1; page <= count; page++)); do
      pdftotext -layout -f "$page" -l "$page" "$twin" "$work/truth.txt"
      jq -r --arg path "$scan" --argjson page "$page" \
        'select(.kind=="page" and .path==$path and .page==$page) | .text' "$records" >"$work/hyp.txt"
      read -r e c < <("$work/cer" "$work/truth.txt" "$work/hyp.txt")
      edits=$((edits + e)) chars=$((chars + c))
    done
  done
  echo "$edits $chars"
}

echo "| scans made at | --own-dpi: wall s, CPU s, CER | notes | default (--dpi 300): wall s, CPU s, CER | CPU ratio |"
echo "|---|---|---|---|---|"
for dpi in ${BENCH_SCAN_DPIS:-150 200 400}; do
  declare -A wall cpu cer
  for mode in own fixed; do
    flags=()
    [ "$mode" = own ] && flags=(--own-dpi)
    out="$work/$mode-$dpi.jsonl"
    report=$("$python" bench/peak_rss.py "$foia" ingest "$work/scan-$dpi" "${flags[@]}" -o "$out" -q \
      2>&1 >/dev/null | grep '^wall_s=' | tail -1)
    wall[$mode]=$(sed 's/.*wall_s=\([0-9.]*\).*/\1/' <<<"$report")
    cpu[$mode]=$(sed 's/.*cpu_s=\([0-9.]*\).*/\1/' <<<"$report")
    read -r edits chars < <(cer_of "$out" "$work/scan-$dpi")
    cer[$mode]=$(awk -v e="$edits" -v n="$chars" 'BEGIN { printf "%.2f%%", 100 * e / n }')
  done
  rendered=$(jq -r 'select(.kind=="page") | (.notes // [])[]' "$work/own-$dpi.jsonl" | sort | uniq -c |
    sed 's/^ *//' | paste -sd ';' -)
  echo "| $dpi dpi | ${wall[own]}, ${cpu[own]}, ${cer[own]} | ${rendered:-none} | ${wall[fixed]}, ${cpu[fixed]}, ${cer[fixed]} | $(awk -v a="${cpu[own]}" -v b="${cpu[fixed]}" 'BEGIN { printf "%.2f", a / b }') |"
done
echo "outputs in $work"
