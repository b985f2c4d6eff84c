#!/usr/bin/env bash
# Bulk import: 10,000 respondents x 100 questions (1,000,000 answers) as long
# CSV, imported with `ospo assessment import` (release build), against the
# same CSV imported into a plain table by the sqlite3 shell's `.import`.
# Target (issue 5): ospo within 2x of sqlite3 .import, peak memory < 150 MB.
# Usage: Benchmarks/import-benchmark.sh [RESPONDENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
respondents=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }

python3 - "$work" "$respondents" <<'PY'
import os, random, sys
out, respondents = sys.argv[1], int(sys.argv[2])
random.seed(11)
lib = os.path.join(out, "library"); os.makedirs(lib)
dims = [f"bulk-d{i:02d}" for i in range(10)]
with open(os.path.join(lib, "bulk.yaml"), "w") as f:
    f.write("format: ospo/rubric@1\nid: bulk\ntitle: Bulk\nversion: 1.0.0\n")
    f.write("scale:\n" + "".join(f"  - {{ level: {l}, name: L{l} }}\n" for l in range(5)))
    f.write("dimensions:\n")
    for d in dims:
        f.write(f"  - id: {d}\n    title: {d}\n    levels: {{ 0: a, 1: b, 2: c, 3: d, 4: e }}\n    actions:\n")
        for l in range(1, 5):
            f.write(f"      - {{ id: {d}.a{l}, title: Step {l}, level: {l}, effort: 5, impact: 3, roles: [ospo-lead] }}\n")
with open(os.path.join(lib, "bulk-q.yaml"), "w") as f:
    f.write("format: ospo/questionnaire@1\nid: bulk-q\ntitle: Bulk\nversion: 1.0.0\nrubrics: [bulk]\n")
    f.write('scales:\n  cov:\n    - { id: none, label: None, value: 0 }\n    - { id: some, label: Some, value: 0.25 }\n'
            '    - { id: most, label: Most, value: 0.5 }\n    - { id: all, label: All, value: 1 }\n')
    f.write("roles:\n  manager: { title: Manager, weight: 2 }\n  engineer: { title: Engineer }\n")
    f.write("sections:\n  - id: all\n    title: All\n    questions:\n")
    for q in range(100):
        f.write(f"      - {{ id: Q{q:03d}, text: Question {q}, dimension: {dims[q % 10]}, scale: cov }}\n")
choices = ["none", "some", "most", "all", "unknown"]
with open(os.path.join(out, "answers.csv"), "w") as f:
    f.write("respondent,role,question,answer,note\n")
    for r in range(respondents):
        role = "manager" if r % 5 == 0 else "engineer"
        for q in range(100):
            note = "\"Checked, see wiki\"" if (r * 100 + q) % 97 == 0 else ""
            f.write(f"r{r:05d},{role},Q{q:03d},{random.choice(choices)},{note}\n")
PY
rows=$(( $(wc -l < "$work/answers.csv") - 1 ))
echo "generated $rows answers ($(du -h "$work/answers.csv" | cut -f1)) for $respondents respondents"

if ! swift build -c release --product ospo > "$work/build.log" 2>&1; then
  cat "$work/build.log" >&2; echo "release build failed" >&2; exit 1
fi
bin=$PWD/.build/release/ospo
db="$work/ws.sqlite"
"$bin" assessment new bench-org --db "$db" --questionnaire bulk-q --library "$work/library" --date 2026-01-01 >/dev/null 2>&1 \
  || { "$bin" org add "Bench Org" --slug bench-org --db "$db" >/dev/null 2>&1;
       "$bin" assessment new bench-org --db "$db" --questionnaire bulk-q --library "$work/library" --date 2026-01-01 >/dev/null; }

measure() { # prints seconds and peak KB of a command
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  cat "$work/time.txt"
}
read -r ospo_s ospo_kb < <(measure "$bin" assessment import "$work/answers.csv" --assessment 1 --db "$db")
cat "$work/out.txt"
read -r sqlite_s sqlite_kb < <(measure sqlite3 "$work/plain.sqlite" ".mode csv" ".import $work/answers.csv answers")
"$bin" score --assessment 1 --db "$db" > /dev/null

python3 - "$ospo_s" "$ospo_kb" "$sqlite_s" "$sqlite_kb" "$rows" <<'PY'
import sys
ospo_s, ospo_kb, sqlite_s, sqlite_kb, rows = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
ratio = ospo_s / sqlite_s if sqlite_s > 0 else float("inf")
print(f"ospo assessment import: {ospo_s:.2f} s, peak memory {ospo_kb/1024:.1f} MB ({rows/ospo_s:,.0f} answers/s)")
print(f"sqlite3 .import:        {sqlite_s:.2f} s, peak memory {sqlite_kb/1024:.1f} MB")
print(f"ratio ospo / sqlite3:   {ratio:.2f}x (target: at most 2x) -> {'met' if ratio <= 2 else 'NOT met'}")
print(f"peak memory target:     under 150 MB -> {'met' if ospo_kb/1024 < 150 else 'NOT met'}")
PY
