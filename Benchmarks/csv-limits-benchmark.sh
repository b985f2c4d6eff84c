#!/usr/bin/env bash
# CSV inputs ten times the largest sample (issue 10: "every command on inputs
# 10x the largest sample finishes in seconds, not minutes"), run by a release
# build, each beside a floor measured in the same run on the same file:
#   (a) a 50 MB wide CSV (Benchmarks/wide-import-data.py, 100 questions),
#       scored with `ospo score --wide`; floor: `wc -l`.
#       Target: under 10 s and under 1 GB peak memory.
#   (b) a long CSV of 1,500,000 answers (the generator of
#       Benchmarks/import-benchmark.sh, 15,000 respondents x 100 questions),
#       imported into a fresh workspace; floor: sqlite3 `.import`.
#       Target: under 150 MB peak memory.
#   (c) a wide CSV whose third header cell is 2 MB, scored; floor: `wc -l`.
#       Target: refused with the located error, in under 1 s.
# Prints wall time and peak RSS of each (`/usr/bin/time -f '%e s %M KB'`) and
# exits 1 when a figure is over its target.
# Usage: Benchmarks/csv-limits-benchmark.sh [WIDE_RESPONDENTS] [LONG_RESPONDENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
wide_respondents=${1:-107000}
long_respondents=${2:-15000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }

# (a) and (c) data: the wide benchmark's generator and library.
python3 Benchmarks/wide-import-data.py "$work/wide" --respondents "$wide_respondents" > "$work/wide.log"
python3 - "$work/wide/header.csv" <<'PY'
import sys
cell = "Is there a written open source strategy? " * 51200  # 41 bytes x 51,200 = 2,099,200 bytes
with open(sys.argv[1], "w") as f:
    f.write(f'respondent,role,"{cell}"\nr1,lead,some\n')
PY
# (b) data: the generator of import-benchmark.sh, run as it is there.
sed -n '/^python3 - "\$work" "\$respondents" <<.PY.$/,/^PY$/p' Benchmarks/import-benchmark.sh | sed '1d;$d' > "$work/long-data.py"
mkdir -p "$work/long"
python3 "$work/long-data.py" "$work/long" "$long_respondents"

if ! swift build -c release --product ospo > "$work/build.log" 2>&1; then
  cat "$work/build.log" >&2; echo "release build failed" >&2; exit 1
fi
bin=$PWD/.build/release/ospo

# measure NAME EXPECTED_STATUS COMMAND...: runs it once; "seconds KB" go to
# $work/NAME.time, stdout and stderr to $work/NAME.out and $work/NAME.err.
measure() {
  local name=$1 expected=$2 status=0
  shift 2
  /usr/bin/time -f '%e %M' -o "$work/$name.timing" "$@" > "$work/$name.out" 2> "$work/$name.err" || status=$?
  # time writes "Command exited with non-zero status N" before the figures.
  tail -n 1 "$work/$name.timing" > "$work/$name.time"
  if [ "$status" != "$expected" ]; then
    echo "$name: exit status $status, expected $expected" >&2; tail -c 600 "$work/$name.err" >&2; exit 1
  fi
}

failed=0
report() { # LABEL SECONDS KB FLOOR_SECONDS FLOOR_KB MAX_SECONDS MAX_MB
  python3 - "$@" <<'PY' || failed=1
import sys
label, s, kb, fs, fkb, max_s, max_mb = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7]
ok = (max_s == "-" or s < float(max_s)) and (max_mb == "-" or kb / 1024 < float(max_mb))
targets = ", ".join(t for t in [f"< {max_s} s" if max_s != "-" else "", f"< {max_mb} MB" if max_mb != "-" else ""] if t)
print(f"{label}: {s:.2f} s, {kb/1024:.0f} MB (floor {fs:.2f} s, {fkb/1024:.0f} MB); target {targets} -> {'met' if ok else 'NOT met'}")
sys.exit(0 if ok else 1)
PY
}

# (a) 50 MB wide CSV, scored.
wide=$work/wide/wide.csv
measure wide 0 "$bin" score "$wide" --wide --questionnaire bench-wide --library "$work/wide/library" --format json
read -r s kb < "$work/wide.time"
measure wide-floor 0 wc -l "$wide"
read -r fs fkb < "$work/wide-floor.time"
report "(a) score --wide, $(( $(wc -c < "$wide") / 1000000 )) MB, $wide_respondents respondents" "$s" "$kb" "$fs" "$fkb" 10 1024

# (b) 1.5 M answers, imported into a fresh workspace.
long=$work/long/answers.csv
db=$work/ws.sqlite
"$bin" org add "Bench Org" --slug bench-org --db "$db" > /dev/null 2>&1
"$bin" assessment new bench-org --db "$db" --questionnaire bulk-q --library "$work/long/library" --date 2026-01-01 > /dev/null
measure long 0 "$bin" assessment import "$long" --assessment 1 --db "$db"
read -r s kb < "$work/long.time"
measure long-floor 0 sqlite3 "$work/plain.sqlite" ".mode csv" ".import $long answers"
read -r fs fkb < "$work/long-floor.time"
report "(b) assessment import, $(( $(wc -l < "$long") - 1 )) answers" "$s" "$kb" "$fs" "$fkb" - 150

# (c) a 2 MB header cell: refused at its cell.
header=$work/wide/header.csv
measure header 1 "$bin" score "$header" --wide --questionnaire bench-wide --library "$work/wide/library"
read -r s kb < "$work/header.time"
measure header-floor 0 wc -l "$header"
read -r fs fkb < "$work/header-floor.time"
expected="$header:1:3: error: this header cell is longer than 4096 bytes (is a quote left open?); a header names its column in a few words: shorten it"
if ! grep -qxF "$expected" "$work/header.err"; then
  echo "(c) the 2 MB header cell was not refused with the located error; stderr:" >&2; head -c 600 "$work/header.err" >&2; echo >&2
  failed=1
fi
report "(c) score --wide, 2 MB header cell (refused)" "$s" "$kb" "$fs" "$fkb" 1 -

exit $failed
