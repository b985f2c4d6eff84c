#!/usr/bin/env bash
# Wide against long CSV import: the same answers of N respondents x 100
# questions (default 10,000, the figure of issue 7), scored by a release
# build of `ospo score`, as a wide CSV (--wide) and as a long CSV. Reports the
# median wall time of each run and of the reading step alone (from the hidden
# --timing flag; reading the wide CSV includes finding its questionnaire).
# Target (issue 7): the wide import under 2x the time of the long import.
# Usage: Benchmarks/wide-import-benchmark.sh [RESPONDENTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
respondents=${1:-10000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 Benchmarks/wide-import-data.py "$work" --respondents "$respondents" > "$work/data.log"
head -1 "$work/data.log"

if ! swift build -c release --product ospo > "$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "release build failed" >&2
  exit 1
fi

python3 - .build/release/ospo "$work" "$runs" <<'PY'
import re, statistics, subprocess, sys, time
binary, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
common = ["--questionnaire", "bench-wide", "--library", f"{work}/library", "--format", "json", "--timing"]
cases = {"wide": [binary, "score", f"{work}/wide.csv", "--wide"] + common,
         "long": [binary, "score", f"{work}/long.csv"] + common}
results = {}
for name, command in cases.items():
    walls, reads, outputs = [], [], set()
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        walls.append((time.perf_counter() - start) * 1000)
        reads.append(float(re.search(r"read ([0-9.]+) ms", done.stderr).group(1)))
        outputs.add(done.stdout)
    results[name] = (statistics.median(walls), statistics.median(reads), outputs)
    print(f"  {name}: wall {results[name][0]:.0f} ms, reading {results[name][1]:.0f} ms (median of {runs})")
same = results["wide"][2] == results["long"][2] and len(results["wide"][2]) == 1
print(f"  same scores from both files: {'yes' if same else 'NO'}")
ratio = results["wide"][0] / results["long"][0]
read_ratio = results["wide"][1] / results["long"][1]
print(f"  wide / long: wall {ratio:.2f}x, reading {read_ratio:.2f}x; target under 2x -> {'met' if ratio < 2 and read_ratio < 2 else 'NOT met'}")
PY
