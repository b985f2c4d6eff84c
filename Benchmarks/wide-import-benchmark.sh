#!/usr/bin/env bash
# Wide against long CSV import into a workspace: the same answers of N
# respondents x 100 questions (default 10,000, the figure of issue 7),
# imported by a release build with `ospo assessment import FILE --wide` and
# with `ospo assessment import FILE` (long CSV), each run into a fresh
# workspace holding one assessment of the benchmark questionnaire. Reports
# the median wall time and the peak memory of each, checks that both
# workspaces then give the same scores, and compares against the target.
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
import os, statistics, subprocess, sys, time
binary, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

def workspace(name):
    """A fresh workspace with organisation bench-org and assessment 1 of bench-wide."""
    db = os.path.join(work, f"{name}.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    quiet = dict(check=True, capture_output=True)
    subprocess.run([binary, "org", "add", "Bench Org", "--slug", "bench-org", "--db", db], **quiet)
    subprocess.run([binary, "assessment", "new", "bench-org", "--questionnaire", "bench-wide", "--library",
                    f"{work}/library", "--date", "2026-01-01", "--db", db], **quiet)
    return db

def timed(command):
    """Wall seconds and peak resident memory (MB) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    out, err = process.stdout.read().decode(), process.stderr.read().decode()
    if status != 0:
        sys.exit(f"{' '.join(command)} failed:\n{err}")
    return wall, usage.ru_maxrss / 1024, out

cases = {"wide": [f"{work}/wide.csv", "--wide"], "long": [f"{work}/long.csv"]}
results, scores = {}, {}
for run in range(runs):
    for name, arguments in cases.items():
        db = workspace(name)
        wall, memory, out = timed([binary, "assessment", "import"] + arguments + ["--assessment", "1", "--db", db])
        results.setdefault(name, []).append((wall, memory))
        if run == 0:
            print(f"  {name}: {out.strip()}")
            scores[name] = subprocess.run([binary, "score", "--assessment", "1", "--db", db, "--format", "json"],
                                          check=True, capture_output=True, text=True).stdout
for name in cases:
    walls = [w for w, _ in results[name]]
    print(f"  {name}: median {statistics.median(walls):.2f} s (min {min(walls):.2f}, max {max(walls):.2f}, {runs} runs), "
          f"peak memory {max(m for _, m in results[name]):.0f} MB")
same = scores["wide"] == scores["long"] and scores["wide"] != ""
print(f"  same scores from both workspaces: {'yes' if same else 'NO'}")
ratio = statistics.median(w for w, _ in results["wide"]) / statistics.median(w for w, _ in results["long"])
print(f"  wide / long: {ratio:.2f}x; target under 2x -> {'met' if ratio < 2 and same else 'NOT met'}")
PY
