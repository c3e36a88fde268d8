#!/usr/bin/env bash
# Ingest benchmark: foia against pdftotext and against pdftoppm + parallel tesseract, on the same
# generated files in one run, and a rerun of `foia run` with the cache. Prints figures; asserts
# nothing.
#
# usage: bench/run.sh [BUILD_DIR]
#   BENCH_PAGES (default 50)   pages in the timed text and scan batches
#   BENCH_BIG_PAGES (500)      pages in the large text batch, for peak memory against batch size
#   BENCH_MIXED_PAGES ("200 2000")  sizes of the mixed batches (half text, half scanned) that
#                              `foia run` reads, for peak memory against batch size
#   BENCH_DIR (a temp folder)  where the batches and outputs go
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
pages=${BENCH_PAGES:-50}
big_pages=${BENCH_BIG_PAGES:-500}
mixed_pages=${BENCH_MIXED_PAGES:-200 2000}
work=${BENCH_DIR:-$(mktemp -d /tmp/foia-bench.XXXXXX)}
cores=$(nproc)
foia="$build/foia"
python=/usr/bin/python3

for tool in pdftotext pdftoppm tesseract; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (run scripts/install-deps.sh)"; exit 1; }
done
[ -x "$foia" ] && [ -x "$build/make_samples" ] || { echo "bench: build first (make build)"; exit 1; }

echo "# foia ingest benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "# $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "# $("$foia" --version), $(pdftotext -v 2>&1 | head -1), $(tesseract --version 2>&1 | head -1)"

mkdir -p "$work/small" "$work/big" "$work/out"
"$build/make_samples" --bench "$pages" "$work/small" >/dev/null
"$build/make_samples" --bench "$big_pages" "$work/big" >/dev/null
mkdir -p "$work/small/text" "$work/small/scan" "$work/big/text"
mv "$work"/small/bench-text-*.pdf "$work/small/text/"
mv "$work"/small/bench-scan-*.pdf "$work/small/scan/"
mv "$work"/big/bench-text-*.pdf "$work/big/text/"
rm -f "$work"/big/bench-scan-*.pdf

# measure NAME COMMAND...: runs it, keeps wall seconds and peak RSS (KiB, whole process tree).
declare -A wall cpu rss
measure() {
  local name=$1
  shift
  local report
  report=$("$python" bench/peak_rss.py "$@" 2>&1 >/dev/null | grep '^wall_s=' | tail -1)
  wall[$name]=$(sed 's/.*wall_s=\([0-9.]*\).*/\1/' <<<"$report")
  cpu[$name]=$(sed 's/.*cpu_s=\([0-9.]*\).*/\1/' <<<"$report")
  rss[$name]=$(sed 's/.*peak_rss_kib=\([0-9]*\).*/\1/' <<<"$report")
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.1f", n / s }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
busy() { awk -v c="${cpu[$1]}" -v w="${wall[$1]}" -v n="$cores" 'BEGIN { printf "%.0f%%", 100 * c / (w * n) }'; }

# Text-layer pages: timed on the large batch, where a run lasts long enough to measure.
measure pdftotext bash -c 'for f in "$0"/*.pdf; do pdftotext -layout "$f" - ; done' "$work/big/text"
measure foia_big "$foia" ingest "$work/big/text" -o "$work/out/big.jsonl" -q
measure foia_text "$foia" ingest "$work/small/text" -o "$work/out/text.jsonl" -q

# Scanned pages: the baseline renders every page, then runs one tesseract per core.
measure baseline_ocr bash -c '
  set -e
  rm -rf "$1/png" && mkdir -p "$1/png"
  for f in "$0"/*.pdf; do pdftoppm -r 300 -gray "$f" "$1/png/$(basename "$f" .pdf)"; done
  ls "$1"/png/*.pgm | OMP_THREAD_LIMIT=1 xargs -P "$2" -I{} tesseract {} {} quiet' \
  "$work/small/scan" "$work/out" "$cores"
measure foia_ocr "$foia" ingest "$work/small/scan" -o "$work/out/scan.jsonl" -q

ocr_pages=$(grep -c '"method":"ocr"' "$work/out/scan.jsonl" || true)

# Accuracy: character error rate of each OCR against the text twin's own text layer.
c++ -O2 -std=c++20 -o "$work/cer" bench/cer.cpp
mkdir -p "$work/cer-pages"
foia_edits=0 base_edits=0 truth_chars=0
for scan in "$work"/small/scan/*.pdf; do
  name=$(basename "$scan" .pdf)
  twin="$work/small/text/${name/scan/text}.pdf"
  count=$(pdfinfo "$twin" | awk '/^Pages:/ {print $2}')
  for ((page = 1; page <= count; page++)); do
    page_file="$work/cer-pages/$name-$page"
    pdftotext -layout -f "$page" -l "$page" "$twin" "$page_file.truth"
    jq -r --arg path "$scan" --argjson page "$page" \
      'select(.kind=="page" and .path==$path and .page==$page) | .text' \
      "$work/out/scan.jsonl" >"$page_file.foia"
    baseline=$(ls "$work"/out/png/"$name"-*.pgm.txt | sed -n "${page}p")
    read -r edits chars < <("$work/cer" "$page_file.truth" "$page_file.foia")
    foia_edits=$((foia_edits + edits)) truth_chars=$((truth_chars + chars))
    read -r edits chars < <("$work/cer" "$page_file.truth" "$baseline")
    base_edits=$((base_edits + edits))
  done
done
percent() { awk -v e="$1" -v n="$2" 'BEGIN { printf "%.2f%%", 100 * e / n }'; }

# Incremental runs: `foia run` on the text and scanned batch with an empty cache folder, then the
# same command again, which should read every document back from the cache.
rm -rf "$work/cache" "$work/out/run-first" "$work/out/run-again"
measure run_first "$foia" run "$work/small" --out "$work/out/run-first" --cache "$work/cache" -q
measure run_again "$foia" run "$work/small" --out "$work/out/run-again" --cache "$work/cache" -q
identical=yes
for file in records.jsonl tags.jsonl summary.json; do
  cmp -s "$work/out/run-first/$file" "$work/out/run-again/$file" || identical=no
done

# Memory against batch size: `foia run` (default --jobs, no cache) on mixed batches of text pages
# and their scanned twins, as an advocate's installment would be.
for size in $mixed_pages; do
  mkdir -p "$work/mixed-$size"
  "$build/make_samples" --bench $((size / 2)) "$work/mixed-$size" >/dev/null
  measure "mixed_$size" "$foia" run "$work/mixed-$size" --out "$work/out/mixed-$size" --no-cache -q
done

echo
echo "| measure | baseline | foia | ratio foia/baseline |"
echo "|---|---|---|---|"
echo "| text layer, $big_pages pages: wall s (pdftotext -layout per file) | ${wall[pdftotext]} | ${wall[foia_big]} | $(ratio "${wall[foia_big]}" "${wall[pdftotext]}") |"
echo "| text layer: pages/s | $(per_second "$big_pages" "${wall[pdftotext]}") | $(per_second "$big_pages" "${wall[foia_big]}") | |"
echo "| scanned, $pages pages: wall s (pdftoppm -r 300 -gray + $cores x tesseract) | ${wall[baseline_ocr]} | ${wall[foia_ocr]} | $(ratio "${wall[foia_ocr]}" "${wall[baseline_ocr]}") |"
echo "| scanned: pages/s | $(per_second "$pages" "${wall[baseline_ocr]}") | $(per_second "$pages" "${wall[foia_ocr]}") | |"
echo "| scanned: cores busy (CPU s / wall s / $cores) | $(busy baseline_ocr) | $(busy foia_ocr) | |"
echo "| scanned: character error rate against the text twin ($truth_chars chars) | $(percent "$base_edits" "$truth_chars") | $(percent "$foia_edits" "$truth_chars") | |"
echo "| foia run, $pages text + $pages scanned pages: rerun with the cache, wall s (baseline: first run, empty cache) | ${wall[run_first]} | ${wall[run_again]} | $(ratio "${wall[run_again]}" "${wall[run_first]}") |"
echo "| peak memory (PSS) MiB, $pages text pages | | $(mib "${rss[foia_text]}") | |"
echo "| peak memory (PSS) MiB, $big_pages text pages | | $(mib "${rss[foia_big]}") | |"
echo "| peak memory (PSS) MiB, $pages scanned pages (baseline: largest moment of its tree) | $(mib "${rss[baseline_ocr]}") | $(mib "${rss[foia_ocr]}") | |"
for size in $mixed_pages; do
  echo "| peak memory (PSS) MiB, foia run on $size mixed pages (half scanned), $(per_second "$size" "${wall[mixed_$size]}") pages/s | | $(mib "${rss[mixed_$size]}") | |"
done
echo
echo "foia OCR'd $ocr_pages of $pages scanned pages; outputs in $work/out"
echo "rerun time as a share of the first run: $(percent "${wall[run_again]}" "${wall[run_first]}") (outputs identical to the first run's: $identical)"
