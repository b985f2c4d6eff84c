#!/usr/bin/env bash
# Population benchmark (issue 15): a SurveyMonkey-layout export of ORGS
# organisations (default 250; three header rows: question numbers, question
# texts, then "Response" or the options; a matrix question and a
# multiple-choice question) imported as one organisation per row and a client
# benchmarked against it by `ospo benchmark`, on a release build. Target:
# under 2 s. Beside it, a floor measured in the same run: Python's csv module
# reading the same file. Each is run RUNS times and the fastest time shown,
# since the machine may be busy with other work.
#
#   Benchmarks/survey-benchmark.sh [ORGS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
orgs=${1:-250}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! swift build -c release -j 1 --product ospo > "$work/build.log" 2>&1; then
  cat "$work/build.log" >&2; echo "release build failed" >&2; exit 1
fi
bin=$PWD/.build/release/ospo
fixtures=Tests/Fixtures/surveys

python3 - "$orgs" "$work/population.csv" <<'PY'
import csv, random, sys
orgs, path = int(sys.argv[1]), sys.argv[2]
random.seed(15)
agreement = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
        "First Name", "Last Name", "Custom Data 1"]
numbers = [""] * len(meta) + ["Q1", "Q2", "Q3", "", "Q4", ""]
texts = meta + ["Company", "Do you have a written open source policy?",
                "How far do you agree with these statements?", "", "Which of these do you use?", ""]
subs = [""] * len(meta) + ["Open-Ended Response", "Response", "People know where to find the policy.",
                           "Teams review licences before release.", "A software inventory", "A licence scanner"]
with open(path, "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(numbers); w.writerow(texts); w.writerow(subs)
    for i in range(orgs):
        ticked = [random.random() < 0.6, random.random() < 0.4]
        w.writerow([str(12000000 + i), "4300", "03/02/2026 09:00:00 AM", "03/02/2026 09:07:00 AM",
                    f"203.0.113.{i % 250}", "", "", "", "", f"Organisation {i + 1:04d}",
                    random.choice(["Yes", "No"]), random.choice(agreement), random.choice(agreement),
                    "A software inventory" if ticked[0] else "", "A licence scanner" if ticked[1] else ""])
PY

# Runs a command RUNS times; prints the fastest wall time in seconds.
measure() {
  local best="" seconds
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
    read -r seconds < "$work/time.txt"
    if [ -z "$best" ] || awk "BEGIN { exit !($seconds < $best) }"; then best=$seconds; fi
  done
  echo "$best"
}

floor=$(measure python3 -c "import csv,sys; rows=list(csv.reader(open(sys.argv[1], encoding='utf-8-sig'))); print(len(rows))" "$work/population.csv")
seconds=$(measure "$bin" benchmark "$fixtures/client.answers.yaml" --population "$work/population.csv" \
  --organisation-column Company --mapping "$fixtures/surveymonkey.mapping.yaml" --library "$fixtures")
population=$(head -1 "$work/out.txt")
echo "floor: python3 csv reading the $orgs-row export: ${floor} s"
echo "ospo benchmark: ${seconds} s ($population)"
if awk "BEGIN { exit !($seconds < 2) }"; then echo "PASS: under 2 s"; else echo "FAIL: 2 s or more"; exit 1; fi
