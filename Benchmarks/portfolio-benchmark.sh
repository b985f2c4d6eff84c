#!/usr/bin/env bash
# Portfolio report: 1,000 organisations x 4 assessments each (3 respondents
# answering the shipped ospo-interview, generated in-process by the hidden
# `ospo benchmark-portfolio` hook), rendered in every format by a release
# build. Target (issue 6): the portfolio report in under 2 s.
#
# Then the same 4,000 assessments written into a workspace, and
# `ospo report portfolio --db` timed end to end: opening the workspace,
# scoring every assessment against its content snapshot, rendering, writing.
# Target (issue 11): under 2 s and 150 MB in every format. Beside it, a floor
# measured in the same run: the sqlite3 shell reading the same answer rows
# (the query `Workspace.forEachAnswerSet` runs) into /dev/null. Each is run
# RUNS times and its fastest time and largest peak memory shown, since the
# machine may be busy with other work.
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

# Runs a command RUNS times under /usr/bin/time; prints "SECONDS MB" (the
# fastest wall time, the largest peak resident memory).
measure() {
  local best="" peak=0 seconds kb
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
    read -r seconds kb < "$work/time.txt"
    if [ -z "$best" ] || awk "BEGIN { exit !($seconds < $best) }"; then best=$seconds; fi
    if [ "$kb" -gt "$peak" ]; then peak=$kb; fi
  done
  echo "$best $((peak / 1024))"
}

echo "== floor: the sqlite3 shell reading the same answer rows into /dev/null"
rows=$(sqlite3 "$work/ws.sqlite" "SELECT count(*) FROM answer")
read -r floor_seconds floor_mb < <(measure sqlite3 "$work/ws.sqlite" "
  SELECT respondent.assessmentId, answer.respondentId, answer.question, answer.choice,
         answer.note, answer.evidence, answer.justification
  FROM answer JOIN respondent ON respondent.id = answer.respondentId
  WHERE answer.id IN (SELECT max(id) FROM answer GROUP BY respondentId, question)
  ORDER BY respondent.assessmentId, answer.id")
echo "sqlite3, $rows answer rows: ${floor_seconds} s, peak memory ${floor_mb} MB"

echo "== ospo report portfolio --db, end to end (fastest of $runs)"
verdicts=()
for format in html md json csv; do
  read -r seconds mb < <(measure "$bin" report portfolio --db "$work/ws.sqlite" --format "$format" --output "$work/portfolio.$format")
  ratio=$(awk "BEGIN { printf \"%.1f\", $seconds / ($floor_seconds > 0 ? $floor_seconds : 0.01) }")
  echo "ospo report portfolio --format $format: ${seconds} s (${ratio}x the floor), peak memory ${mb} MB, $(du -k "$work/portfolio.$format" | cut -f1) KiB"
  if awk "BEGIN { exit !($seconds < 2) }" && [ "$mb" -lt 150 ]; then verdict="target met"; else verdict="NOT met"; fi
  verdicts+=("--format $format: ${seconds} s, ${mb} MB (target: under 2 s and 150 MB) -> $verdict")
done
printf '%s\n' "${verdicts[@]}"

python3 - "$work/render.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
fastest = {m.group(1): float(m.group(2)) for m in re.finditer(r"render (\w+): fastest ([\d.]+) ms", text)}
worst = max(fastest.values()) / 1000
print(f"slowest format rendered in-process in {worst:.3f} s (target: under 2 s) -> {'target met' if worst < 2 else 'NOT met'}")
PY
