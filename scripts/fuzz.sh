#!/usr/bin/env bash
# Builds the libFuzzer targets of FuzzTesting/ (release, with the address
# sanitizer) and runs each for a while from a seed corpus made of the shipped
# content, the samples and the test fixtures.
#
#   scripts/fuzz.sh [--time SECONDS] [--keep-going] [TARGET...]
#
# SECONDS per target, 60 by default; TARGETs among those below, all by default.
# --keep-going goes on fuzzing past a failure (libFuzzer's fork mode), to
# collect every distinct failure rather than the first.
# Before fuzzing, each target replays its saved fail cases (FuzzTesting/
# FailCases/<target>/). A crash, a hang past 10 s, memory past 2 GB or a leak
# copies the offending input into FuzzTesting/FailCases/<target>/, and the
# script exits 1 naming the target and the file; it exits 0 when every target
# ran clean. Work files (seeds, grown corpus, logs) go to FuzzTesting/.work.
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(FuzzContentYAML FuzzAnswersYAML FuzzLongCSV FuzzWideCSV FuzzSurveyCSV FuzzMapping FuzzBundle)
seconds=60
keep_going=()
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) seconds="${2:?--time needs a number of seconds}"; shift 2 ;;
    --time=*) seconds="${1#--time=}"; shift ;;
    --keep-going) keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1); shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; echo "targets: ${all_targets[*]}"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option '$1'; see --help" >&2; exit 2 ;;
    *)
      if [[ " ${all_targets[*]} " != *" $1 "* ]]; then
        echo "fuzz.sh: unknown target '$1'; the targets are ${all_targets[*]}" >&2; exit 2
      fi
      targets+=("$1"); shift ;;
  esac
done
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: --time takes whole seconds, found '$seconds'" >&2; exit 2; }
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

fuzz=FuzzTesting
work="$fuzz/.work"
# The Swift runtime's own crash handler runs inside the sanitized process and
# trips ASan; without it libFuzzer prints the stack and saves the input.
export SWIFT_BACKTRACE=enable=no

build=(swift build -c release --package-path "$fuzz" --scratch-path "$fuzz/.build"
       --sanitize=fuzzer --sanitize=address)
echo "== fuzz: building ${targets[*]}"
started=$SECONDS
if [ ${#targets[@]} -eq ${#all_targets[@]} ]; then
  "${build[@]}"
else
  for target in "${targets[@]}"; do "${build[@]}" --product "$target"; done
fi
bin=$("${build[@]}" --show-bin-path)
echo "== fuzz: built in $((SECONDS - started)) s"

# seeds TARGET DIR: copies the seed files of TARGET into DIR.
seeds() {
  local target=$1 dir=$2
  case "$target" in
    FuzzContentYAML|FuzzAnswersYAML|FuzzMapping)
      find rubrics questionnaires samples Tests/Fixtures -name '*.yaml' -print0 ;;
    FuzzLongCSV|FuzzWideCSV|FuzzSurveyCSV)
      find Tests/Fixtures -name '*.csv' -print0 ;;
    FuzzBundle) ;;
  esac | while IFS= read -r -d '' file; do
    cp "$file" "$dir/$(echo "$file" | tr '/' '_')"
  done
  case "$target" in
    FuzzLongCSV)
      printf 'respondent,role,question,answer,note\nr1,lead,Q-1,yes,"a note, with a comma"\nr1,lead,Q-2,na,\nr2,dev,Q-1,no,\n' > "$dir/long.csv"
      printf 'respondent;role;question;answer;name;evidence;justification\r\nr1;lead;Q-1;yes;Ann;"a ""quoted"" link";\r\nr2;dev;Q-3;unknown;;;\r\n' > "$dir/long-semicolon.csv" ;;
    FuzzWideCSV)
      # Headers of FuzzCheck.questionnaire and FuzzCheck.mapping, by id, by text and through the mapping.
      printf 'respondent,name,role,Q-1,"How much of it, roughly?",Q-3\nr1,Ann,lead,yes,half,no\nr2,,dev,no,,\n' > "$dir/wide.csv"
      printf '\xef\xbb\xbfResponse ID;Your name;Your job;Timestamp;Do you share code?;Anything to add?;Is there a policy, written down? [Q-3]\r\n1;Bo;Engineer;2026-01-01;Yes;fine;Sort of\r\n2;;lead;;Not sure;;Skipped\r\n' > "$dir/wide-mapped.csv" ;;
    FuzzSurveyCSV)
      # Each layout's header rows over FuzzCheck.questionnaire's questions, with
      # a joined multiple-choice cell, an unfinished response and a company column.
      printf '\xef\xbb\xbfRespondent ID,Collector ID,Company,Do you publish code?,"How much of it, roughly?",Pick any\r\n,,Open-Ended Response,Response,Response,Do you publish code?\r\n1,9,Acme,Yes,About half,Do you publish code?\r\n2,9,Acme,No,,\r\n' > "$dir/surveymonkey.csv"
      printf 'StartDate,Finished,ResponseId,Q-1,Q-3\n"Start Date",Finished,"Response ID","Do you publish code?","Is there a policy, written down?"\n"{""ImportId"":""startDate""}","{""ImportId"":""finished""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID3""}"\n2026-01-01,True,R_1,Yes,No\n2026-01-02,False,R_2,No,\n' > "$dir/qualtrics.csv"
      printf 'Timestamp,Email Address,Which apply?,Do you publish code?\n2026/01/01 9:00:00,a@example.org,"Do you publish code?, Is there a policy, written down?",Yes\n' > "$dir/google-forms.csv"
      printf 'ID,Start time,Completion time,Email,Name,Which apply?\r\n1,1/1/26 9:00,1/1/26 9:05,anonymous,Bo,"Do you publish code?;Is there a policy, written down?;"\r\n' > "$dir/ms-forms.csv" ;;
    FuzzBundle)
      printf '{"format":"ospo/bundle@1","exported_at":"2026-01-01T00:00:00Z","organisations":[{"uid":"o1","slug":"acme","name":"Acme","created_at":"2026-01-01"}],"contents":[],"assessments":[],"profiles":[],"plans":[]}\n' > "$dir/minimal.json"
      # A real export, when the ospo binary of this checkout is built.
      if [ -x .build/debug/ospo ]; then
        local demo; demo=$(mktemp -d)
        if (cd "$demo" && "$OLDPWD/.build/debug/ospo" demo >/dev/null 2>&1 &&
            "$OLDPWD/.build/debug/ospo" export --db ospo-demo/ospo.sqlite --output bundle.json >/dev/null 2>&1); then
          cp "$demo/bundle.json" "$dir/demo.json"
        fi
        rm -rf "$demo"
      fi ;;
  esac
}

failures=()
summary=()
for target in "${targets[@]}"; do
  seed_dir="$work/seeds/$target" corpus="$work/corpus/$target" artifacts="$work/artifacts/$target"
  rm -rf "$seed_dir" "$artifacts"
  mkdir -p "$seed_dir" "$corpus" "$artifacts" "$fuzz/FailCases/$target"
  seeds "$target" "$seed_dir"
  log="$work/$target.log"
  options=(-timeout=10 -rss_limit_mb=2048 -detect_leaks=1 -max_len=16384
           -dict="$fuzz/$target.dict" -artifact_prefix="$artifacts/" -print_final_stats=1)

  # Saved fail cases first: one that fails again is a regression.
  shopt -s nullglob
  cases=("$fuzz/FailCases/$target"/*)
  shopt -u nullglob
  if [ ${#cases[@]} -gt 0 ]; then
    echo "== fuzz: $target replays ${#cases[@]} fail case(s)"
    for case in "${cases[@]}"; do
      if ! "$bin/$target" "${options[@]}" "$case" >"$log" 2>&1; then
        grep -m1 -E 'ERROR|Fatal error|SUMMARY' "$log" || true
        failures+=("$target: the saved fail case $case fails again (log: $log)")
      fi
    done
  fi

  echo "== fuzz: $target for $seconds s"
  status=0
  "$bin/$target" "${options[@]}" -max_total_time="$seconds" ${keep_going[@]+"${keep_going[@]}"} "$corpus" "$seed_dir" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  summary+=("$target: ${runs:-?} runs, ${speed:-?} exec/s, exit $status")
  shopt -s nullglob
  saved=("$artifacts"/*)
  shopt -u nullglob
  if [ "$status" -ne 0 ] || [ ${#saved[@]} -gt 0 ]; then
    grep -m3 -E 'ERROR: libFuzzer|ERROR: AddressSanitizer|ERROR: LeakSanitizer|Fatal error|SUMMARY' "$log" || true
    grep -m1 -E '#[0-9]+ .* in .*(MaturityKit|MaturityStore|FuzzCommon)' "$log" || true
    found=0
    for artifact in ${saved[@]+"${saved[@]}"}; do
      name=$(basename "$artifact")
      cp "$artifact" "$fuzz/FailCases/$target/$name"
      failures+=("$target: FuzzTesting/FailCases/$target/$name (log: $log)")
      found=1
    done
    [ $found -eq 1 ] || failures+=("$target: exited $status without saving an input (log: $log)")
  fi
done

echo "== fuzz: summary"
printf '  %s\n' "${summary[@]}"
if [ ${#failures[@]} -gt 0 ]; then
  echo "fuzz.sh: failures:" >&2
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "fuzz.sh: every target ran clean"
