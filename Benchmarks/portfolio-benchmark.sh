#!/usr/bin/env bash
# Portfolio report: 1,000 organisations x 4 assessments each (3 respondents
# answering the shipped ospo-interview, generated in-process by the hidden
# `ospo benchmark-portfolio` hook), rendered in every format by a release
# build. Target (issue 6): the portfolio report in under 2 s.
#
# Then the same 4,000 assessments written into a workspace, and
# `ospo report portfolio --db` timed end to end: opening the workspace,
# scoring every assessment against its content snapshot, rendering, writing.
#
#   Benchmarks/portfolio-benchmark.sh [ORGANISATIONS] [ASSESSMENTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
organisations=${1:-1000}
assessments=${2:-4}
runs=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! swift build -c release --product ospo > "$work/build.log" 2>&1; then
  cat "$work/build.log" >&2; echo "release build failed" >&2; exit 1
fi
bin=$PWD/.build/release/ospo

echo "== rendering in-process (the report alone)"
"$bin" benchmark-portfolio --organisations "$organisations" --assessments "$assessments" --runs "$runs" \
  --db "$work/ws.sqlite" | tee "$work/render.txt"

echo "== ospo report portfolio --db, end to end"
for format in html md json csv; do
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$bin" report portfolio --db "$work/ws.sqlite" --format "$format" \
    --output "$work/portfolio.$format" 2> "$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  read -r seconds kb < "$work/time.txt"
  echo "ospo report portfolio --format $format: ${seconds} s, peak memory $((kb / 1024)) MB, $(du -k "$work/portfolio.$format" | cut -f1) KiB"
done

python3 - "$work/render.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
fastest = {m.group(1): float(m.group(2)) for m in re.finditer(r"render (\w+): fastest ([\d.]+) ms", text)}
worst = max(fastest.values()) / 1000
print(f"slowest format rendered in {worst:.3f} s (target: under 2 s) -> {'met' if worst < 2 else 'NOT met'}")
PY
