#!/usr/bin/env bash
# Checks (or with --fix, applies) .clang-format on every C++ file git tracks.
# Exits 1 and lists the files that differ when not --fix.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.hpp.in')
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
status=0
for file in "${files[@]}"; do
  if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
    echo "needs formatting: $file"
    status=1
  fi
done
exit $status
