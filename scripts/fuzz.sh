#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time with ASan and UBSan, starting from the seed
# corpora in tests/fuzz/corpus/. New inputs and crash reproducers go to a work folder, not into
# the repository: copy a crash into tests/fuzz/corpus/TARGET/ once fixed, so ctest replays it.
#
# usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 60 s, all targets)
# FUZZ_TIMEOUT (default 20 s): per-input limit; raise it when fuzzing at low priority on a busy
# machine, where a starved input can pass 20 s of wall time without being slow.
# needs clang and libclang-rt-14-dev (apt-get install clang libclang-rt-14-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(analyzer records rules pdf)
build=build-fuzz
work=${FUZZ_WORK:-$(mktemp -d /tmp/foia-fuzz.XXXXXX)}

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFOIA_BUILD_FUZZERS=ON -DFOIA_BUILD_TESTS=OFF -DFOIA_BUILD_SAMPLES=OFF \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
  >/dev/null
cmake --build "$build" --target $(printf 'fuzz_%s ' "${targets[@]}") -j "$(nproc)"

status=0
for target in "${targets[@]}"; do
  mkdir -p "$work/$target/corpus" "$work/$target/crashes"
  cp -r "tests/fuzz/corpus/$target/." "$work/$target/corpus/"
  echo "fuzz: $target for $seconds s"
  if ! ASAN_OPTIONS=detect_leaks=0 OMP_THREAD_LIMIT=1 "$build/fuzz_$target" \
      -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-20}" -rss_limit_mb=4096 -max_len=65536 \
      -artifact_prefix="$work/$target/crashes/" "$work/$target/corpus" \
      >"$work/$target/log" 2>&1; then
    echo "fuzz: $target FOUND A CRASH: $(ls "$work/$target/crashes")"
    status=1
  fi
  grep -E '^#[0-9]+ *DONE' "$work/$target/log" | tail -1 || tail -1 "$work/$target/log"
done
echo "fuzz: work folder $work"
exit $status
